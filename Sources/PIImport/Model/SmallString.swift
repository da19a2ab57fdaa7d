/// Swift's small strings (up to 15 UTF-8 bytes, held in the `String` value itself, no allocation) made
/// straight from bytes already known to be valid UTF-8.
///
/// `String(unsafeUninitializedCapacity:initializingUTF8With:)` costs about 180 instructions for such a
/// string (a call into the runtime, a closure, `memcpy` into a zeroed buffer, an ASCII scan); this costs
/// about 20. It writes the two words of the standard library's small form: the bytes in order, zero
/// padded, then the count and an ASCII flag in the top byte (the layout of `_SmallString` since Swift 5).
/// It is used only when ``isAvailable`` has found, against strings the runtime made itself, that this
/// runtime lays small strings out that way; otherwise the reader keeps to the public initializer.
enum SmallString {
    /// The most UTF-8 bytes a small string holds.
    static let capacity = 15

    /// Whether ``make(_:)`` gives, bit for bit, the string the standard library makes from the
    /// same bytes, for every length and for ASCII and non-ASCII text; and whether a string the runtime keeps on
    /// the heap lacks the small form's flag, as ``overwrite(_:with:)`` expects.
    static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let heap = String(repeating: "é", count: capacity)
        guard unsafeBitCast(heap, to: (UInt64, UInt64).self).1 & smallFlag == 0 else { return false }
        let ascii = Array("abcdefghijklmno".utf8)
        let nonASCII = Array("é😀xyz ñ".utf8) + ascii
        for length in 0...capacity {
            for sample in [ascii, nonASCII] {
                let bytes = Array(sample[..<length])
                guard String(validating: bytes, as: UTF8.self) != nil else { continue }
                let matches = bytes.withUnsafeBytes { bytes in
                    let expected = String(unsafeUninitializedCapacity: bytes.count) {
                        UnsafeMutableRawBufferPointer($0).copyMemory(from: bytes)
                        return bytes.count
                    }
                    let made = make(bytes)
                    return unsafeBitCast(made, to: (UInt64, UInt64).self)
                        == unsafeBitCast(expected, to: (UInt64, UInt64).self)
                        && made == expected
                }
                guard matches else { return false }
            }
        }
        return true
    }()

    /// The two words of a small string: they hold no heap memory.
    struct Bits {
        var leading: UInt64
        var trailing: UInt64
    }

    /// The string of `bytes`: at most ``capacity`` bytes of valid UTF-8. Only call this once
    /// ``isAvailable`` is known to be `true`.
    @inline(__always)
    static func make(_ bytes: UnsafeRawBufferPointer) -> String {
        string(bits(bytes))
    }

    /// A string of `bytes`, which are valid UTF-8: made in place when they fit in a small string (and this
    /// runtime lays small strings out as measured), else allocated.
    @inline(__always)
    static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.count <= capacity, isAvailable { return make(bytes) }
        return String(unsafeUninitializedCapacity: bytes.count) { target in
            UnsafeMutableRawBufferPointer(target).copyMemory(from: bytes)
            return bytes.count
        }
    }

    /// The small form of `bytes` (at most ``capacity`` bytes of valid UTF-8), with its ASCII flag set when
    /// every byte is below 0x80.
    @inline(__always)
    static func bits(_ bytes: UnsafeRawBufferPointer) -> Bits {
        let (leading, trailing) = words(bytes)
        let isASCII = (leading | trailing) & 0x8080_8080_8080_8080 == 0
        let flags: UInt64 = isASCII ? 0xE0 : 0xA0
        return Bits(leading: leading, trailing: trailing | (flags | UInt64(bytes.count)) << 56)
    }

    /// Writes the small string of `bits` over `string` when that is a small string too, which owns no memory:
    /// no retain, no release. `false`, leaving `string` as it is, when it is not small.
    @inline(__always)
    static func overwrite(_ string: UnsafeMutablePointer<String>, with bits: Bits) -> Bool {
        let words = UnsafeMutableRawPointer(string)
        guard words.load(fromByteOffset: 8, as: UInt64.self) & smallFlag != 0 else { return false }
        words.storeBytes(of: bits.leading, as: UInt64.self)
        words.storeBytes(of: bits.trailing, toByteOffset: 8, as: UInt64.self)
        return true
    }

    /// The bit of a string's second word that marks the small form (set in both of ``bits(_:)``'s flags).
    private static let smallFlag: UInt64 = 0x2000_0000_0000_0000

    /// The string whose small form is `bits`, from ``bits(_:)``.
    @inline(__always)
    static func string(_ bits: Bits) -> String {
        unsafeBitCast((bits.leading, bits.trailing), to: String.self)
    }

    /// The bytes as two little-endian words, zero padded; reads nothing outside `bytes`.
    @inline(__always)
    private static func words(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        let count = bytes.count
        if count >= 8 {
            let leading = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            guard count > 8 else { return (leading, 0) }
            // The last eight bytes, shifted down past the ones `leading` already holds.
            let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            return (leading, last >> ((16 - count) &* 8))
        }
        if count >= 4 {
            // Two four-byte loads that overlap when there are fewer than eight bytes.
            let first = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return (first | last << ((count - 4) &* 8), 0)
        }
        var leading: UInt64 = 0
        for index in 0..<count {
            leading |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (index &* 8)
        }
        return (leading, 0)
    }
}
