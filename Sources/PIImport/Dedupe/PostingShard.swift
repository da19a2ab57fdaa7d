/// One shard of a ``PostingTable``: for each hashed key, the references that have it, as linked lists in
/// two flat arrays (append-only, so the same shard serves a fixed reference set and the growing set of
/// rows already seen in a file), moved to contiguous storage by ``freeze()``.
struct PostingShard: Sendable {
    /// Hash to posting number: open addressing with linear probing over hashes that are already
    /// well mixed (no second hashing, unlike `Dictionary`). Key 0 marks an empty slot.
    private var tableKeys: [UInt64] = []
    private var tableValues: [Int32] = []
    private var mask = 0
    // Frozen part: each posting's references contiguous in `entries` (compressed sparse rows).
    private var starts: [Int32] = []
    private var frozenCounts: [Int32] = []
    private var entries: [Int32] = []
    // Growing part: per posting, a linked list through `tailNext` / `tailRefs`, newest first.
    private var heads: [Int32] = []
    private var tailCounts: [Int32] = []
    private var tailNext: [Int32] = []
    private var tailRefs: [Int32] = []

    init(capacity: Int = 0) {
        var size = 1024
        while size < capacity { size <<= 1 }
        tableKeys = [UInt64](repeating: 0, count: size)
        tableValues = [Int32](repeating: -1, count: size)
        mask = size - 1
        tailNext.reserveCapacity(capacity)
        tailRefs.reserveCapacity(capacity)
    }

    @inline(__always)
    private static func slotKey(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The posting number of `hash`, or -1.
    @inline(__always)
    private func find(_ hash: UInt64) -> Int {
        let key = Self.slotKey(hash)
        return tableKeys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[slot]
                if found == key { return Int(tableValues[slot]) }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let oldKeys = tableKeys
        let oldValues = tableValues
        let size = tableKeys.count * 2
        tableKeys = [UInt64](repeating: 0, count: size)
        tableValues = [Int32](repeating: -1, count: size)
        mask = size - 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = Int(truncatingIfNeeded: oldKeys[index]) & mask
            while tableKeys[slot] != 0 { slot = (slot + 1) & mask }
            tableKeys[slot] = oldKeys[index]
            tableValues[slot] = oldValues[index]
        }
    }

    /// Adds `ref` under `hash`, once: a reference's keys are added together, so a repeat is at the head.
    mutating func add(_ hash: UInt64, _ ref: Int32) {
        if (heads.count + 1) * 2 > tableKeys.count { grow() }
        let key = Self.slotKey(hash)
        var slot = Int(truncatingIfNeeded: key) & mask
        var posting = -1
        while true {
            let found = tableKeys[slot]
            if found == key {
                posting = Int(tableValues[slot])
                break
            }
            if found == 0 {
                tableKeys[slot] = key
                tableValues[slot] = Int32(truncatingIfNeeded: heads.count)
                break
            }
            slot = (slot + 1) & mask
        }
        if posting >= 0 {
            let head = heads[posting]
            if head >= 0 && tailRefs[Int(head)] == ref { return }
        } else {
            posting = heads.count
            heads.append(-1)
            tailCounts.append(0)
            frozenCounts.append(0)
            starts.append(0)
        }
        tailNext.append(heads[posting])
        heads[posting] = Int32(truncatingIfNeeded: tailRefs.count)
        tailRefs.append(ref)
        tailCounts[posting] += 1
    }

    /// Moves every posting into contiguous storage, oldest reference first, for fast scans.
    mutating func freeze() {
        let postings = heads.count
        var newCounts = [Int32](repeating: 0, count: postings)
        var newStarts = [Int32](repeating: 0, count: postings)
        var total = 0
        for posting in 0..<postings {
            newStarts[posting] = Int32(truncatingIfNeeded: total)
            newCounts[posting] = frozenCounts[posting] + tailCounts[posting]
            total += Int(newCounts[posting])
        }
        var newEntries = [Int32](repeating: 0, count: total)
        for posting in 0..<postings {
            var write = Int(newStarts[posting])
            let start = Int(starts[posting])
            for offset in 0..<Int(frozenCounts[posting]) {
                newEntries[write] = entries[start + offset]
                write += 1
            }
            // The tail is newest first; write it oldest first.
            var entry = heads[posting]
            var end = write + Int(tailCounts[posting])
            while entry >= 0 {
                end -= 1
                newEntries[end] = tailRefs[Int(entry)]
                entry = tailNext[Int(entry)]
            }
        }
        entries = newEntries
        starts = newStarts
        frozenCounts = newCounts
        heads = [Int32](repeating: -1, count: postings)
        tailCounts = [Int32](repeating: 0, count: postings)
        tailNext = []
        tailRefs = []
    }

    /// How many references have `hash`.
    @inline(__always)
    func count(_ hash: UInt64) -> Int {
        let posting = find(hash)
        guard posting >= 0 else { return 0 }
        return Int(frozenCounts[posting] + tailCounts[posting])
    }

    /// Calls `body` for up to `limit` references under `hash`.
    @inline(__always)
    func forEach(_ hash: UInt64, limit: Int = .max, _ body: (Int32) -> Void) {
        let posting = find(hash)
        guard posting >= 0 else { return }
        var seen = 0
        var entry = heads[posting]
        while entry >= 0 && seen < limit {
            body(tailRefs[Int(entry)])
            entry = tailNext[Int(entry)]
            seen += 1
        }
        let start = Int(starts[posting])
        let count = Int(frozenCounts[posting])
        if count == 0 || seen >= limit { return }
        entries.withUnsafeBufferPointer { buffer in
            for index in start..<(start + min(count, limit - seen)) { body(buffer[index]) }
        }
    }
}
