/// Up to 16 decimal digits held inline (one nibble each), so checksum code never allocates.
///
/// The redactor builds these straight from the bytes of a digit run; the string validators build
/// them from compacted text.
struct DigitSequence: Sendable, Hashable {
    static let capacity = 16

    private(set) var count = 0
    private var storage: UInt64 = 0

    init() {}

    /// The digits of `text` (ASCII digits only, at most 16); `nil` otherwise.
    init?(_ text: Substring.UTF8View) {
        guard text.count <= Self.capacity else { return nil }
        for byte in text {
            guard byte &- 0x30 < 10 else { return nil }
            append(Int(byte &- 0x30))
        }
    }

    init?(_ text: String) {
        self.init(Substring(text).utf8)
    }

    /// Appends one digit (0...9). The caller keeps `count < capacity`.
    mutating func append(_ digit: Int) {
        storage |= UInt64(digit) << UInt64(4 * count)
        count += 1
    }

    subscript(index: Int) -> Int {
        Int((storage >> UInt64(4 * index)) & 0xF)
    }

    /// The digits `range` as a new sequence.
    func slice(_ range: Range<Int>) -> DigitSequence {
        var result = DigitSequence()
        for index in range { result.append(self[index]) }
        return result
    }

    /// The value of the digits as an integer (at most 16 digits, so it fits).
    var value: Int {
        var result = 0
        for index in 0..<count { result = result * 10 + self[index] }
        return result
    }

    /// Σ weightᵢ·digitᵢ over the first `weights.count` digits.
    func weightedSum(_ weights: [Int], from start: Int = 0) -> Int {
        var sum = 0
        for (offset, weight) in weights.enumerated() { sum += weight * self[start + offset] }
        return sum
    }
}
