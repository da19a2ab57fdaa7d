/// A fast, well-mixed, non-cryptographic 64-bit hash of a byte string, for the keys hashed once per row
/// (a client's group key, a contact's fingerprint). Seeded afresh in each process, as `Hasher` is, so that
/// a file cannot be made whose keys all collide (they fill hash tables); equal bytes give equal hashes
/// within a process, and nothing written depends on the hashes.
///
/// Its inputs are valid UTF-8, or runs of it joined by 0xFF (a fingerprint's name and email): a word of
/// them can never be `secret1`, whose bytes are not UTF-8, and so never zeroes the state whatever the
/// seed (the construction's one seed-independent collision).
///
/// The construction is wyhash's (Wang Yi, public domain) in one lane: sixteen bytes at a time folded
/// into the state by a 64 × 64 → 128-bit multiplication whose halves are XOR-ed together, the last
/// one to sixteen bytes read by loads that may overlap (never outside the bytes), and the length mixed
/// in last. `Hasher` (SipHash-1-3) costs about ten instructions a byte; this costs under one.
enum ByteHash {
    private static let secret0: UInt64 = 0xA076_1D64_78BD_642F
    static let secret1: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let secret2: UInt64 = 0x8EBC_6AF0_9C88_C6E3

    /// This process's seed.
    static let processSeed = UInt64.random(in: .min ... .max)

    /// The hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = processSeed) -> UInt64 {
        let count = bytes.count
        var state = seed ^ secret0
        var first: UInt64 = 0
        var second: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            if count <= 16 {
                if count >= 8 {
                    first = word(raw)
                    second = word(raw + count - 8)
                } else if count >= 4 {
                    first = UInt64(half(raw))
                    second = UInt64(half(raw + count - 4))
                } else if count > 0 {
                    first = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1])
                }
            } else {
                var offset = 0
                while count - offset > 16 {
                    state = mix(word(raw + offset) ^ secret1, word(raw + offset + 8) ^ state)
                    offset += 16
                }
                first = word(raw + count - 16)
                second = word(raw + count - 8)
            }
        }
        return mix(secret1 ^ UInt64(truncatingIfNeeded: count), mix(first ^ secret1, second ^ state ^ secret2))
    }

    /// The hash of a string's UTF-8 bytes.
    @inline(__always)
    static func hash(_ text: String, seed: UInt64 = processSeed) -> UInt64 {
        StringBytes.withBytes(text) { hash($0, seed: seed) }
    }

    /// A well-mixed hash (this one's, or one made from it) as a hash table's bucket hash, for a
    /// `Hashable` type's `_rawHashValue(seed:)`: what `Dictionary` and `Set` ask of every key, which by
    /// default runs `hash(into:)` through a seeded SipHash (about 160 instructions a lookup). The table's
    /// seed is mixed in by one multiplication, so each table keeps an order of its own.
    @inline(__always)
    static func tableHash(_ hash: Int, seed: Int) -> Int {
        Int(truncatingIfNeeded: mix(UInt64(truncatingIfNeeded: hash ^ seed), 0x9E37_79B9_7F4A_7C15))
    }

    /// The two halves of the full product, XOR-ed: every bit of either operand reaches most bits of the result.
    @inline(__always)
    static func mix(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 {
        let product = lhs.multipliedFullWidth(by: rhs)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func word(_ pointer: UnsafeRawPointer) -> UInt64 {
        UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    private static func half(_ pointer: UnsafeRawPointer) -> UInt32 {
        UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self))
    }
}
