#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers on strings, for the hot paths of every stage: the generic `String.UTF8View`
/// algorithms (`elementsEqual`, `allSatisfy`) cost hundreds of instructions on a short cell.
enum StringBytes {
    /// `body` over the text's UTF-8 bytes, read in place: native and small strings (every string on
    /// Linux) have them contiguous, and `withUTF8` on a copy would cost a retain and a release each time.
    @inline(__always)
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether every byte of the text is ASCII.
    @inline(__always)
    static func isASCII(_ text: String) -> Bool {
        withBytes(text) { isASCII($0) }
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var union: UInt8 = 0
        for byte in bytes { union |= byte }
        return union < 0x80
    }

    /// Whether the text holds the byte `byte`.
    @inline(__always)
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        withBytes(text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether two strings have the same UTF-8 bytes (`==` on strings compares canonical equivalence).
    @inline(__always)
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        return withBytes(lhs) { equal($0, rhs) }
    }

    /// Whether two byte buffers are equal.
    @inline(__always)
    static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        return memcmp(left, right, lhs.count) == 0
    }

    /// Whether a string has exactly these UTF-8 bytes.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard bytes.count == text.utf8.count else { return false }
        if bytes.isEmpty { return true }
        return withBytes(text) { other in memcmp(bytes.baseAddress!, other.baseAddress!, bytes.count) == 0 }
    }
}
