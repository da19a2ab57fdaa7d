import Testing

@testable import PIImport

/// ``ByteHash`` reads exactly its bytes, at every length, and spreads them over all 64 bits.
@Suite struct ByteHashTests {
    /// The hash of bytes placed anywhere in a buffer of other random bytes depends on those bytes only:
    /// no load reaches outside them, at any length from 0 to 70 (every path: short, overlapping, blocks).
    @Test func readsOnlyItsBytes() {
        var random = SeededRandom(seed: 64)
        for length in 0...70 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                let expected = bytes.withUnsafeBufferPointer { ByteHash.hash($0) }
                let offset = random.below(16)
                var padded = (0..<(length + 32)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                padded.replaceSubrange(offset..<(offset + length), with: bytes)
                let placed = padded.withUnsafeBufferPointer {
                    ByteHash.hash(UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)]))
                }
                #expect(placed == expected, "length \(length)")
            }
        }
    }

    /// Texts that differ in one byte, or only in length (trailing zero bytes), hash apart; no two of
    /// 100,000 short names collide, and each output bit is set about half the time.
    @Test func distinctBytesHashApart() {
        #expect([UInt8]().withUnsafeBufferPointer { ByteHash.hash($0) } != ByteHash.hash("\0"))
        #expect(ByteHash.hash("a") != ByteHash.hash("a\0"))
        #expect(ByteHash.hash("abcdefgh") != ByteHash.hash("abcdefgh\0"))
        #expect(ByteHash.hash("Kauri Motors") != ByteHash.hash("Kauri Motors", seed: 1))
        var random = SeededRandom(seed: 7)
        var seen = Set<UInt64>()
        var bitCounts = [Int](repeating: 0, count: 64)
        let samples = 100_000
        for index in 0..<samples {
            let name = "\(random.pick(["Kauri", "Summit", "Marlow", "Redgum"])) \(index) \(random.digits(random.below(12)))"
            let hash = ByteHash.hash(name)
            seen.insert(hash)
            for bit in 0..<64 where hash >> bit & 1 == 1 { bitCounts[bit] += 1 }
        }
        #expect(seen.count == samples)
        for count in bitCounts { #expect(abs(count - samples / 2) < samples / 50) }
    }

    /// A word equal to `secret1` would zero the state whatever the seed: its bytes must be no UTF-8, in
    /// any alignment, so that no key or fingerprint holds them.
    @Test func theZeroingWordIsNoText() {
        let bytes = withUnsafeBytes(of: ByteHash.secret1.littleEndian) { Array($0) }
        #expect(!bytes.contains(0xFF))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        // Whatever UTF-8 comes before and after it, the word's bytes break it.
        for prefix in [[], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98]] as [[UInt8]] {
            #expect(String(validating: prefix + bytes + [0x80, 0x80, 0x80], as: UTF8.self) == nil)
        }
    }
}
