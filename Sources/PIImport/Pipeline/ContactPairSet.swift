/// A set of hashes that are well mixed already (contact fingerprints paired with their client), in one
/// flat open-addressed table: a hash picks its bucket as it is, so an insert costs a probe or two of a
/// plain buffer, not a `Set`'s hashing of the integer again. It grows at half full, so a probe stays short.
struct ContactPairSet {
    /// The buckets; `empty` marks a free one (the hash `empty` itself is kept aside in `holdsEmpty`).
    private var buckets: [Int]
    private var holdsEmpty = false
    private(set) var count = 0

    private static let empty = 0

    init() {
        buckets = Array(repeating: Self.empty, count: 1024)
    }

    /// Adds `hash`; whether it was not there before.
    mutating func insert(_ hash: Int) -> Bool {
        guard hash != Self.empty else {
            defer { holdsEmpty = true }
            count += holdsEmpty ? 0 : 1
            return !holdsEmpty
        }
        if (count + 1) * 2 > buckets.count { grow() }
        let inserted = buckets.withUnsafeMutableBufferPointer { Self.insert(hash, into: $0) }
        if inserted { count += 1 }
        return inserted
    }

    /// Puts `hash` (not `empty`) in the first free bucket from its own, unless it is there already.
    @inline(__always)
    private static func insert(_ hash: Int, into buckets: UnsafeMutableBufferPointer<Int>) -> Bool {
        let mask = buckets.count - 1
        var index = hash & mask
        while true {
            let found = buckets[index]
            if found == hash { return false }
            if found == empty {
                buckets[index] = hash
                return true
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        var grown = Array(repeating: Self.empty, count: buckets.count * 2)
        grown.withUnsafeMutableBufferPointer { grown in
            for hash in buckets where hash != Self.empty { _ = Self.insert(hash, into: grown) }
        }
        buckets = grown
    }
}
