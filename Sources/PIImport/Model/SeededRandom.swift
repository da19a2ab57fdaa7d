/// SplitMix64: a small, fast generator whose sequence depends only on its seed, for synthetic data
/// (benchmark files, the dedupe evaluation set) and property tests that must see the same values on
/// every run and platform.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// `true` about `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    public mutating func pick<T>(_ values: [T]) -> T {
        values[below(values.count)]
    }

    /// `count` decimal digits.
    public mutating func digits(_ count: Int) -> String {
        var text = ""
        for _ in 0..<count { text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + below(10)))) }
        return text
    }
}
