/// Postings of a blocking index: for each hashed key, the references that have it. Keys are spread over
/// shards by the top bits of their hash, so that a large table is filled on all cores, one shard per task;
/// a posting lives in one shard and holds the same references in the same order however many shards there
/// are. Hash collisions only add candidates: every candidate is scored on its real keys.
struct PostingTable: Sendable {
    private var shards: [PostingShard]
    /// How far a hash is shifted right to give its shard (64 for a single shard).
    private let shift: UInt64

    /// An empty table that grows as references are added.
    init() {
        shards = [PostingShard()]
        shift = 64
    }

    /// The frozen postings of references `0..<references`: `keys(ref, &hashes)` appends the hashed keys of
    /// the reference at `ref`. The keys are hashed on all cores, then the shards are filled and frozen on all
    /// cores, each taking the references in order.
    init(references: Int, keys: @Sendable (Int, inout [UInt64]) -> Void) {
        let chunk = 2_048
        let batches: [(hashes: [UInt64], ends: [Int])] = Parallel.map((references + chunk - 1) / chunk, chunk: 1) {
            part in
            var hashes: [UInt64] = []
            var ends: [Int] = []
            ends.reserveCapacity(chunk)
            for ref in (part * chunk)..<min(references, (part + 1) * chunk) {
                keys(ref, &hashes)
                ends.append(hashes.count)
            }
            return (hashes, ends)
        }
        let shardCount = references >= 2 * chunk ? 4 : 1
        let shift: UInt64 = shardCount == 1 ? 64 : UInt64(64 - shardCount.trailingZeroBitCount)
        let entries = batches.reduce(0) { $0 + $1.hashes.count }
        shards = Parallel.map(shardCount, chunk: 1) { shard in
            var postings = PostingShard(capacity: entries / shardCount)
            var ref: Int32 = 0
            for batch in batches {
                var start = 0
                for end in batch.ends {
                    for hash in batch.hashes[start..<end] where Int(truncatingIfNeeded: hash >> shift) == shard {
                        postings.add(hash, ref)
                    }
                    start = end
                    ref += 1
                }
            }
            postings.freeze()
            return postings
        }
        self.shift = shift
    }

    @inline(__always)
    private func shard(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> shift)
    }

    /// Adds `ref` under `hash`, once: a reference's keys are added together.
    mutating func add(_ hash: UInt64, _ ref: Int32) {
        shards[shard(hash)].add(hash, ref)
    }

    /// How many references have `hash`.
    @inline(__always)
    func count(_ hash: UInt64) -> Int {
        shards.withUnsafeBufferPointer { $0[shard(hash)].count(hash) }
    }

    /// Calls `body` for up to `limit` references under `hash`.
    @inline(__always)
    func forEach(_ hash: UInt64, limit: Int = .max, _ body: (Int32) -> Void) {
        shards.withUnsafeBufferPointer { $0[shard(hash)].forEach(hash, limit: limit, body) }
    }
}
