/// Reuses the heap storage of a long string (more than ``SmallString/capacity`` bytes) for the next field,
/// as Rust's csv crate reuses a `StringRecord`: no allocation, no free, no second UTF-8 check.
///
/// A native Swift string over 15 bytes is two words, its count and flags and then a pointer to a
/// `__StringStorage` object: class header, capacity and flags, count and flags, then the UTF-8 bytes and a NUL
/// terminator. When that object is held by nothing but the string handed in, has room, and carries nothing but
/// bytes (no breadcrumbs, the UTF-16 index cache that strings with room for 64 bytes or more keep),
/// ``overwrite(_:with:isASCII:)`` writes the new bytes, the terminator and the new count and flags into it, as
/// the standard library does when it appends to a unique string in place. This relies on the standard
/// library's layout (the same since Swift 5), so ``isAvailable`` first checks, once, that strings reused so
/// equal those the runtime makes from the same bytes, bit for bit and by value; if anything differs, the reader
/// makes every long string anew.
enum StringStorageReuse {
    /// The largest capacity a string's storage has without breadcrumbs: a new string for a field that no
    /// longer fits its reusable storage is given this much room, so that the column's later values fit.
    static let roomyCapacity = 63

    /// Flags of a native string's count-and-flags word: ASCII and NFC (bits 63, 62), natively stored and tail
    /// allocated (bits 61, 60).
    private static let asciiFlags: UInt64 = 0xF000_0000_0000_0000
    private static let nativeFlags: UInt64 = 0x3000_0000_0000_0000
    /// The object word's discriminator nibble: zero for a native, mortal, large string.
    private static let discriminatorMask: UInt64 = 0xF000_0000_0000_0000
    /// Byte offsets in the storage object: capacity and flags, count and flags, the first UTF-8 byte.
    private static let capacityOffset = 16
    private static let countOffset = 24
    private static let bytesOffset = 32

    /// Whether reusing storage gives, bit for bit and by value, the strings the standard library makes from
    /// the same bytes (ASCII and not, shrinking and growing, in a `[String]` and in a `[Cell]`), and never
    /// touches a string or an array something else still holds.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<[String]>.size == 8, MemoryLayout<[Cell]>.size == 8
        else { return false }
        let texts = [
            "0123456789abcdef", "james.walker@kaurimotors.example", "https://redgumbakery.example",
            "Referred by Mia Åberg", "Tāne Smith & Renée Harris", "😀 é ñ 😀 é ñ 😀 é ñ 😀 é ñ 😀",
            String(repeating: "x", count: roomyCapacity), String(repeating: "é", count: 31),
        ]
        for old in texts {
            for new in texts {
                guard reusesLikeTheRuntime(old, new, as: String.self),
                    reusesLikeTheRuntime(old, new, as: Cell.self)
                else { return false }
            }
        }
        return leavesHeldValuesAlone(texts[1]) && leavesHeldValuesAlone(texts[5])
    }()

    /// Whether nothing but `array` holds its storage.
    @inline(__always)
    static func isUniquelyReferenced<Element>(_ array: inout [Element]) -> Bool {
        withUnsafeMutablePointer(to: &array) { isUniquelyReferenced(object: UnsafeMutableRawPointer($0)) }
    }

    /// Whether nothing else holds the native Swift object whose reference is at `object`.
    @inline(__always)
    private static func isUniquelyReferenced(object: UnsafeMutableRawPointer) -> Bool {
        // `isKnownUniquelyReferenced` for a reference read as `Unmanaged`, neither retained nor released (as an
        // `AnyObject`, Swift 6 debug builds pass a retained copy and the answer is always `false`).
        object.withMemoryRebound(to: Unmanaged<AnyObject>.self, capacity: 1) { _isUnique_native(&$0.pointee) }
    }

    /// How many bytes ``overwrite(_:with:isASCII:)`` can write into the storage of `string`: its capacity when
    /// it is a native long string whose storage nothing else holds and which carries no breadcrumbs, else 0.
    @inline(__always)
    static func reusableCapacity(of string: UnsafeMutablePointer<String>) -> Int {
        let words = UnsafeMutableRawPointer(string)
        let object = words.load(fromByteOffset: 8, as: UInt64.self)
        guard object & discriminatorMask == 0, words.load(as: UInt64.self) & nativeFlags == nativeFlags,
            let storage = UnsafeRawPointer(bitPattern: UInt(object))
        else { return 0 }
        // The real capacity counts the terminator; any flag (breadcrumbs) rules the storage out.
        let capacityAndFlags = storage.load(fromByteOffset: capacityOffset, as: UInt64.self)
        guard capacityAndFlags >> 48 == 0, capacityAndFlags > 1 else { return 0 }
        return isUniquelyReferenced(object: words + 8) ? Int(capacityAndFlags) &- 1 : 0
    }

    /// Makes `string` the string of `bytes`, valid UTF-8 of more than ``SmallString/capacity`` bytes and at
    /// most ``reusableCapacity(of:)``; `isASCII` when every byte is below 0x80.
    @inline(__always)
    static func overwrite(_ string: UnsafeMutablePointer<String>, with bytes: UnsafeRawBufferPointer, isASCII: Bool) {
        let words = UnsafeMutableRawPointer(string)
        let storage = UnsafeMutableRawPointer(bitPattern: UInt(words.load(fromByteOffset: 8, as: UInt64.self)))!
        let count = bytes.count
        // Eight bytes at a time, the last word overlapping the one before: `count` is more than 15.
        let source = bytes.baseAddress!
        let target = storage + bytesOffset
        var offset = 0
        while offset < count &- 8 {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        target.storeBytes(
            of: source.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self), toByteOffset: count &- 8, as: UInt64.self)
        storage.storeBytes(of: 0, toByteOffset: bytesOffset + count, as: UInt8.self)
        let countAndFlags = UInt64(count) | (isASCII ? asciiFlags : nativeFlags)
        storage.storeBytes(of: countAndFlags, toByteOffset: countOffset, as: UInt64.self)
        words.storeBytes(of: countAndFlags, as: UInt64.self)
    }

    /// The string of `text`'s bytes as the runtime makes it, with at least `capacity` bytes of room.
    private static func runtimeString(_ text: String, capacity: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: max(capacity, bytes.count)) {
                UnsafeMutableRawBufferPointer($0).copyMemory(from: UnsafeRawBufferPointer(bytes))
                return bytes.count
            }
        }
    }

    /// Whether `old`, made by the runtime with room for `new` and reused for `new` in an array of `Element`,
    /// equals `new` as the runtime makes it: in its words, its storage's words and bytes, and its behaviour.
    private static func reusesLikeTheRuntime<Element: RecordElement & Equatable>(
        _ old: String, _ new: String, as _: Element.Type
    ) -> Bool {
        var elements = [Element(field: runtimeString(old, capacity: new.utf8.count))]
        let expected = runtimeString(new, capacity: 0)
        guard isUniquelyReferenced(&elements) else { return false }
        let isASCII = new.utf8.allSatisfy { $0 < 0x80 }
        let matches = elements.withUnsafeMutableBufferPointer { slots -> Bool in
            guard let string = Element.text(in: slots.baseAddress!) else { return false }
            let object = UnsafeRawPointer(string).load(fromByteOffset: 8, as: UInt64.self)
            let capacityWord = storageWord(of: string, at: capacityOffset)
            guard capacityWord >> 48 == 0, reusableCapacity(of: string) >= new.utf8.count else { return false }
            var bytes = new
            bytes.withUTF8 { overwrite(string, with: UnsafeRawBufferPointer($0), isASCII: isASCII) }
            let words = unsafeBitCast(string.pointee, to: (UInt64, UInt64).self)
            let expectedWords = unsafeBitCast(expected, to: (UInt64, UInt64).self)
            let terminator = UnsafeRawPointer(bitPattern: UInt(object))!
                .load(fromByteOffset: bytesOffset + expected.utf8.count, as: UInt8.self)
            return words == (expectedWords.0, object) && terminator == 0
                && storageWord(of: string, at: countOffset) == expectedWords.0
                && storageWord(of: string, at: capacityOffset) == capacityWord
        }
        guard matches, elements == [Element(field: expected)],
            let reused = elements.withUnsafeMutableBufferPointer({ Element.text(in: $0.baseAddress!)?.pointee })
        else { return false }
        return reused == expected && reused == new && reused.hashValue == expected.hashValue
            && reused.utf8.count == expected.utf8.count && reused.utf16.count == expected.utf16.count
            && reused.count == expected.count && Array(reused.unicodeScalars) == Array(expected.unicodeScalars)
            && Array(reused.utf16) == Array(expected.utf16) && reused.utf16.last == expected.utf16.last
            && reused.utf8.withContiguousStorageIfAvailable(Array.init) == Array(expected.utf8)
            && reused + "!" == expected + "!" && reused.hasPrefix(String(expected.prefix(3)))
            && reused.hasSuffix(String(expected.suffix(2)))
    }

    /// Whether a long string in an array is reusable when nothing else holds it, and not while a copy of the
    /// array, of the string, or a substring of it is held.
    private static func leavesHeldValuesAlone(_ text: String) -> Bool {
        var strings = [runtimeString(text, capacity: 0)]
        return isReusable(&strings, holding: { _ in () }) && !isUniqueWhileCopied(&strings)
            && !isReusable(&strings, holding: { $0 }) && !isReusable(&strings, holding: { $0.dropFirst() })
            && isReusable(&strings, holding: { _ in () })
    }

    @inline(never)
    private static func isReusable<Held>(_ strings: inout [String], holding hold: (String) -> Held) -> Bool {
        let held = hold(strings[0])
        return withExtendedLifetime(held) {
            isUniquelyReferenced(&strings)
                && strings.withUnsafeMutableBufferPointer { reusableCapacity(of: $0.baseAddress!) > 0 }
        }
    }

    @inline(never)
    private static func isUniqueWhileCopied(_ strings: inout [String]) -> Bool {
        let copy = strings
        return withExtendedLifetime(copy) { isUniquelyReferenced(&strings) }
    }

    private static func storageWord(of string: UnsafeMutablePointer<String>, at offset: Int) -> UInt64 {
        let object = UnsafeRawPointer(string).load(fromByteOffset: 8, as: UInt64.self)
        return UnsafeRawPointer(bitPattern: UInt(object))!.load(fromByteOffset: offset, as: UInt64.self)
    }
}
