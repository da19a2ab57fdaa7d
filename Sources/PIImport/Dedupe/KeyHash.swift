/// FNV-1a hashes of keys, one namespace per kind of key.
enum KeyHash {
    enum Kind: UInt64 {
        case exactName = 1, strongKey, weakKey, email, phone, companyNumber, token, fuzzyToken
    }

    @inline(__always)
    static func start(_ kind: Kind) -> UInt64 {
        (0xcbf2_9ce4_8422_2325 ^ (kind.rawValue &* 0x9E37_79B9_7F4A_7C15)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func of(_ text: String, _ kind: Kind) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { of(bytes: $0, kind) } ?? of(bytes: text.utf8, kind)
    }

    static func of<Bytes: Sequence>(bytes: Bytes, _ kind: Kind) -> UInt64 where Bytes.Element == UInt8 {
        var hash = start(kind)
        for byte in bytes { hash = mix(hash, byte) }
        return finish(hash)
    }

    /// The hash of `bytes` without the byte at `skip`: a deletion variant.
    static func of(_ bytes: ArraySlice<UInt8>, skipping skip: Int, _ kind: Kind) -> UInt64 {
        var hash = start(kind)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if index != skip { hash = mix(hash, bytes[index]) }
            index += 1
        }
        return finish(hash)
    }

    static func of(_ value: UInt64, _ kind: Kind) -> UInt64 {
        var hash = start(kind)
        var rest = value
        for _ in 0..<8 {
            hash = mix(hash, UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return finish(hash)
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        return value
    }
}
