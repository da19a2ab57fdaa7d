import Testing

@testable import PIImport

/// The contact table answers as a `Set<Int>` would, through growth, the empty marker and crowded buckets.
@Suite struct ContactPairSetTests {
    @Test func insertsAsASetDoes() {
        var random = SeededRandom(seed: 11)
        var table = ContactPairSet()
        var reference = Set<Int>()
        // Hashes that share their low bits crowd one bucket; small ones repeat; 0 is the empty marker.
        let crowded = (0..<64).map { $0 << 40 }
        for step in 0..<20_000 {
            let hash: Int
            switch step % 4 {
            case 0: hash = Int(bitPattern: UInt(random.next()))
            case 1: hash = random.below(3_000) - 1_500
            case 2: hash = random.pick(crowded)
            default: hash = 0
            }
            #expect(table.insert(hash) == reference.insert(hash).inserted, "step \(step): \(hash)")
        }
        #expect(table.count == reference.count)
        #expect(table.count > 3_000)
    }
}
