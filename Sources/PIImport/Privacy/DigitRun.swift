/// A maximal run of digit groups joined by separators, as the redactor sees it in free text:
/// `865 414 088`, `+61 2 9000 1111` (without the `+`), `49-091-850`, `865 414\n088`.
///
/// A run is classified as a whole (an ABN is never read as a 9-digit TFN plus two digits).
/// It keeps the first 16 digits and the sizes of the first 16 groups, which is all any rule needs.
struct DigitRun {
    /// Byte offsets of the first and one past the last digit.
    var start: Int
    var end: Int
    /// All digits in the run (may exceed what `digits` holds).
    var digitCount = 0
    /// The first 16 digits.
    var digits = DigitSequence()
    var groupCount = 0
    /// Sizes of the first 16 groups, 4 bits each (a size over 15 is stored as 15).
    var groupSizes: UInt64 = 0
    /// Whether a line break joins two of the groups.
    var hasLineBreak = false
    /// Whether every join is exactly one hyphen (ZIP+4, EIN).
    var joinedByHyphensOnly = true
    /// Whether every join is exactly one dot (`1234567.89`, `865.414.088`).
    var joinedByDotsOnly = true

    init(start: Int) {
        self.start = start
        self.end = start
    }

    mutating func appendGroup(size: Int) {
        if groupCount < 16 { groupSizes |= UInt64(min(size, 15)) << UInt64(4 * groupCount) }
        groupCount += 1
    }

    func groupSize(_ index: Int) -> Int {
        Int((groupSizes >> UInt64(4 * index)) & 0xF)
    }

    var lastGroupSize: Int { groupSize(min(groupCount, 16) - 1) }

    /// Whether the run's groups have exactly these sizes.
    func hasShape(_ shape: Shape) -> Bool {
        groupCount == shape.count && groupSizes == shape.packed
    }

    /// A grouping such as 3-3-3, packed the way `DigitRun` stores it.
    struct Shape: Sendable {
        let count: Int
        let packed: UInt64

        init(_ sizes: Int...) {
            count = sizes.count
            var packed: UInt64 = 0
            for (index, size) in sizes.enumerated() { packed |= UInt64(size) << UInt64(4 * index) }
            self.packed = packed
        }

        static let ssn = Shape(3, 2, 4)
        static let ein = Shape(2, 7)
        static let zipPlus4 = Shape(5, 4)
        static let fourFour = Shape(4, 4)
        static let isoDate = Shape(4, 2, 2)
        static let dayMonthYear = Shape(2, 2, 4)
        static let fiveFive = Shape(5, 5)
        static let threeThreeThree = Shape(3, 3, 3)
        static let twoThreeThree = Shape(2, 3, 3)
        static let abn = Shape(2, 3, 3, 3)
        static let twoNine = Shape(2, 9)
    }

    /// A decimal amount without thousands separators: `1234567.89` (at most seven digits before the point,
    /// so that `865414088.5` is still read as a TFN).
    var isDecimalAmount: Bool {
        groupCount == 2 && joinedByDotsOnly && groupSize(0) <= 7 && groupSize(1) <= 2
    }

    /// `YYYY-MM-DD` or `DD.MM.YYYY` / `MM-DD-YYYY` with plausible values (any separators).
    var isDate: Bool {
        guard digitCount == 8 else { return false }
        func number(_ from: Int, _ count: Int) -> Int {
            var value = 0
            for index in from..<(from + count) { value = value * 10 + digits[index] }
            return value
        }
        if hasShape(.isoDate) {
            return (1900...2099).contains(number(0, 4)) && (1...12).contains(number(4, 2))
                && (1...31).contains(number(6, 2))
        }
        if hasShape(.dayMonthYear) {
            let first = number(0, 2)
            let second = number(2, 2)
            guard (1900...2099).contains(number(4, 4)), (1...31).contains(first), (1...31).contains(second) else {
                return false
            }
            return first <= 12 || second <= 12
        }
        return false
    }
}
