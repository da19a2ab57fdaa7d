/// The folded bytes of every code point from U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and
/// Extended-B), each worked out once with ``MatchKeyFolding``'s Foundation fold: a name whose other
/// characters are ASCII is folded letter by letter, without Foundation, to the same bytes.
struct LatinFoldTable: Sendable {
    static let shared = LatinFoldTable()

    /// The code points the table folds.
    static let covered: ClosedRange<UInt32> = 0x80...0x24F

    /// The folded bytes of all covered code points, one after another.
    private let bytes: [UInt8]
    /// Where each code point's bytes end in `bytes` (they start where the previous one's end).
    private let ends: [Int]
    /// The most bytes one code point folds to.
    let longest: Int

    private init() {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var longest = 0
        for value in Self.covered {
            let folded = MatchKeyFolding.foldedBytes(nonASCII: String(Character(Unicode.Scalar(value)!)))
            bytes.append(contentsOf: folded)
            ends.append(bytes.count)
            longest = max(longest, folded.count)
        }
        self.bytes = bytes
        self.ends = ends
        self.longest = longest
    }

    /// Appends the folded bytes of `value` (a covered code point) at `output`; returns how many.
    @inline(__always)
    func fold(_ value: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
        let slot = Int(value - Self.covered.lowerBound)
        let start = slot == 0 ? 0 : ends[slot - 1]
        let count = ends[slot] - start
        for offset in 0..<count { output[offset] = bytes[start + offset] }
        return count
    }

    /// The folded bytes of `utf8`, or nil when it holds a code point above the table (or a combining
    /// mark, which folds with the letter before it): those names take the Foundation fold.
    func withFolded<Result>(
        _ utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count * max(longest, 1)) { output in
            guard let base = output.baseAddress else { return body(UnsafeBufferPointer(output)) }
            var written = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    base[written] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    written += 1
                    index += 1
                    continue
                }
                // A two-byte sequence up to U+024F has a lead byte of 0xC2-0xC9.
                guard byte >= 0xC2 && byte <= 0xC9 else { return nil }
                let value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                guard value <= Self.covered.upperBound else { return nil }
                written += fold(value, into: base + written)
                index += 2
            }
            return body(UnsafeBufferPointer(rebasing: output[..<written]))
        }
    }
}
