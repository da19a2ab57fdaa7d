/// A row's contacts' fingerprints (``ClientGroups/Keys/contacts``), in order.
typealias ContactFingerprints = InlineFirstList<Int>

/// What a contact is known by when a row's contacts are merged into its client's: its name and email,
/// case aside, hashed.
enum ContactFingerprint {
    /// The fingerprint of `contact` (``of(name:email:)``), its strings read in place.
    static func of(_ contact: ContactIdentity) -> Int {
        StringBytes.withBytes(contact.name) { name in
            StringBytes.withBytes(contact.email ?? "") { email in of(name: name, email: email) }
        }
    }

    /// A contact's fingerprint: contacts are the same when their names and emails (UTF-8) match, case
    /// aside. Both are lower-cased (as `lowercased()` has it) into one buffer, with a byte no UTF-8 holds
    /// between them, and hashed in one call (``ByteHash``).
    static func of(name: UnsafeBufferPointer<UInt8>, email: UnsafeBufferPointer<UInt8>) -> Int {
        // A lower-cased scalar takes at most twice its UTF-8 bytes (U+0130 becomes `i` and U+0307); the last
        // eight bytes of each part may be written as one word.
        let capacity = (name.count + email.count) * 2 + 1 + 8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { folded in
            var count = fold(name, into: folded, at: 0)
            folded[count] = 0xFF
            count = fold(email, into: folded, at: count + 1)
            return Int(truncatingIfNeeded: ByteHash.hash(UnsafeBufferPointer(rebasing: folded[..<count])))
        }
    }

    /// Writes the UTF-8 of `bytes` lower-cased (as `lowercased()` has it) into `folded` from `start`;
    /// returns where it ends. `folded` has room for eight bytes past that end. ASCII letters are folded
    /// eight bytes at a time where eight ASCII bytes follow, the last one to seven as one word read from
    /// the end when the text is eight bytes or longer, else byte by byte; other scalars one by one.
    static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, into folded: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let output = UnsafeMutableRawPointer(folded.baseAddress!)
        let length = bytes.count
        var count = start
        var index = 0
        while true {
            while length - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & highBits == 0 else { break }
                output.storeBytes(of: foldedASCII(word), toByteOffset: count, as: UInt64.self)
                count += 8
                index += 8
            }
            let rest = length - index
            if rest == 0 { return count }
            if rest < 8 && length >= 8 {
                // The last one to seven bytes: the end's word shifted down (zero bytes above them fold to
                // themselves and are written past the end).
                let word = UnsafeRawPointer(base + length - 8).loadUnaligned(as: UInt64.self) &>> UInt64(8 * (8 - rest))
                if word & highBits == 0 {
                    output.storeBytes(of: foldedASCII(word), toByteOffset: count, as: UInt64.self)
                    return count + rest
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                folded[count] = lead &- 0x41 < 26 ? lead | 0x20 : lead
                count += 1
                index += 1
                continue
            }
            if lead == 0xC2 || lead == 0xC3 {
                // Latin-1: only U+00C0-U+00DE but U+00D7 change, to the scalar 0x20 above.
                let second = bytes[index + 1]
                let upper = lead == 0xC3 && second <= 0x9E && second != 0x97
                folded[count] = lead
                folded[count + 1] = upper ? second + 0x20 : second
                count += 2
                index += 2
                continue
            }
            let scalarLength = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (0x7F >> scalarLength)
            for offset in 1..<scalarLength { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let scalar = Unicode.Scalar(value)!
            if scalar.properties.changesWhenLowercased {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    folded[count] = byte
                    count += 1
                }
            } else {
                for offset in 0..<scalarLength { folded[count + offset] = bytes[index + offset] }
                count += scalarLength
            }
            index += scalarLength
        }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Eight ASCII bytes with `A`-`Z` lower-cased, all at once: a byte's high bit is set by adding
    /// 0x3F when it is `A` or above, and by adding 0x25 when it is above `Z` (no carry crosses a byte).
    @inline(__always)
    static func foldedASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let upper = (word &+ ones &* 0x3F) & ~(word &+ ones &* 0x25) & highBits
        return word | upper >> 2
    }
}
