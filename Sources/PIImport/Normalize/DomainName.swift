/// The rules for a domain name as written in an email address or a website: dot-separated labels of
/// letters (non-ASCII allowed, for internationalised names in Unicode form), digits and inner hyphens.
enum DomainName {
    /// At least two labels, 3 to 253 bytes in all; the last label is a plausible top-level domain.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let ascii = isValidASCII(bytes) { return ascii }
        return isValidByLabels(bytes)
    }

    /// The rules label by label, for any name (IDN included).
    static func isValidByLabels(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes.count <= 253 else { return false }
        var labels = 0
        var labelStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x2E {
                let label = UnsafeBufferPointer(rebasing: bytes[labelStart..<index])
                guard isValidLabel(label, last: index == bytes.count) else { return false }
                labels += 1
                labelStart = index + 1
            }
            index += 1
        }
        return labels >= 2
    }

    /// A DNS label: 1 to 63 bytes of letters, digits and inner hyphens; non-ASCII letters, marks and
    /// digits allowed (IDN in Unicode form). The last label (the TLD) is at least 2 long and not all digits.
    static func isValidLabel(_ label: UnsafeBufferPointer<UInt8>, last: Bool) -> Bool {
        guard !label.isEmpty, label.count <= 63 else { return false }
        guard label.first != 0x2D, label.last != 0x2D else { return false }
        var allDigits = true
        var nonASCII = false
        for byte in label {
            if byte >= 0x80 {
                nonASCII = true
                allDigits = false
                continue
            }
            guard ASCIIClass.isDomain(byte) else { return false }
            if byte &- 0x30 >= 10 { allDigits = false }
        }
        if nonASCII {
            let text = String(decoding: label, as: UTF8.self)
            for scalar in text.unicodeScalars where scalar.value >= 0x80 {
                let properties = scalar.properties
                let mark = properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark
                guard properties.isAlphabetic || mark || properties.numericType == .decimal else { return false }
            }
        }
        if last {
            if allDigits { return false }
            if !nonASCII && label.count < 2 { return false }
        }
        return true
    }

    /// The same rules in one pass for an ASCII name; `nil` as soon as a non-ASCII byte shows up.
    @inline(__always)
    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 4, bytes.count <= 253 else { return bytes.count < 4 ? false : nil }
        switch scanASCII(bytes, from: 0, stopsAtPath: false) {
        case .valid: return true
        case .invalid: return false
        case .nonASCII: return nil
        }
    }

    /// What ``scanASCII(_:from:stopsAtPath:)`` found.
    enum ASCIIScan {
        /// A valid name ending at byte `end`, with or without upper-case letters.
        case valid(end: Int, upperCase: Bool)
        /// Not a valid name, found before any non-ASCII byte.
        case invalid
        /// A non-ASCII byte came first: only ``isValidByLabels(_:)`` can tell.
        case nonASCII
    }

    /// Reads a name's bytes from `start` to the end of `bytes`, or to the first `/`, `?` or `#` when
    /// `stopsAtPath` (a URL's host), checking the rules label by label as it goes: one pass, eight letters
    /// at a time where it can, else byte by byte with a letter (most bytes) tested first.
    @inline(__always)
    static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopsAtPath: Bool) -> ASCIIScan {
        let count = bytes.count
        var index = start
        var labelStart = start
        var dots = 0
        var allDigits = true
        var upperCase = false
        scan: while index < count {
            // Eight letters at once where they are; else the next eight bytes (or the rest) one by one.
            var end = count
            if count - index >= 8 {
                if let upper = upperCaseInLetterWord(bytes, at: index) {
                    allDigits = false
                    upperCase = upperCase || upper
                    index += 8
                    continue
                }
                end = index + 8
            }
            while index < end {
                let byte = bytes[index]
                if (byte | 0x20) &- 0x61 < 26 {
                    allDigits = false
                    upperCase = upperCase || byte < 0x60
                } else if byte == UInt8(ascii: ".") {
                    let length = index - labelStart
                    guard length > 0, length <= 63, bytes[index - 1] != UInt8(ascii: "-") else { return .invalid }
                    dots += 1
                    labelStart = index + 1
                    allDigits = true
                } else if byte == UInt8(ascii: "-") {
                    guard index > labelStart else { return .invalid }
                    allDigits = false
                } else if byte &- 0x30 >= 10 {
                    if stopsAtPath && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")) {
                        break scan
                    }
                    return byte >= 0x80 ? .nonASCII : .invalid
                }
                index += 1
            }
        }
        let length = index - start
        let last = index - labelStart
        guard length >= 4, length <= 253, dots > 0, last >= 2, last <= 63, !allDigits,
            bytes[index - 1] != UInt8(ascii: "-")
        else { return .invalid }
        return .valid(end: index, upperCase: upperCase)
    }

    /// When the eight bytes at `index` are all ASCII letters, whether one of them is upper-case; `nil` when
    /// they are not all letters. Eight at a time, by carry-free additions (a byte with `0x20` set is a
    /// letter when it is `a` or above, and not above `z`).
    @inline(__always)
    static func upperCaseInLetterWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let caseBits: UInt64 = 0x2020_2020_2020_2020
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let folded = word | caseBits
        let low = folded & ~high
        let letters = (low &+ ones &* 0x1F) & ~(low &+ ones &* 0x05) & ~folded & high
        guard letters == high else { return nil }
        return ~word & caseBits != 0
    }
}
