/// Picks the field delimiter of a CSV file from its first records.
///
/// Each candidate tokenizes the sample with the real tokenizer (so quoted delimiters and
/// newlines do not mislead it); the one that splits records into the most consistent number
/// of fields, more than one, wins. A file of one column reads as comma-separated.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    /// - Parameters:
    ///   - sample: the first bytes of the decoded text.
    ///   - isComplete: whether the sample is the whole file (so its last record is whole).
    static func delimiter(in sample: UnsafeRawBufferPointer, isComplete: Bool) -> UInt8 {
        var best = candidates[0]
        var bestScore = 0.0
        for candidate in candidates {
            let counts = fieldCounts(in: sample, delimiter: candidate, isComplete: isComplete)
            guard !counts.isEmpty else { continue }
            var frequency: [Int: Int] = [:]
            for count in counts { frequency[count, default: 0] += 1 }
            guard let (mode, hits) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), mode > 1 else {
                continue
            }
            let score = Double(hits) / Double(counts.count) * Double(mode).squareRoot()
            if score > bestScore {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    private static func fieldCounts(in sample: UnsafeRawBufferPointer, delimiter: UInt8, isComplete: Bool) -> [Int] {
        var tokenizer = CSVTokenizer(delimiter: delimiter, limits: .init(maxFieldBytes: sample.count + 1))
        var counts: [Int] = []
        var rest = sample
        while counts.count < 100 {
            let (event, used) = tokenizer.feed(rest)
            rest = UnsafeRawBufferPointer(rebasing: rest[used...])
            if event == .record {
                counts.append(tokenizer.record.count)
            } else if event == .needInput {
                if isComplete, tokenizer.finish() == .record { counts.append(tokenizer.record.count) }
                break
            } else {
                break
            }
        }
        return counts
    }
}
