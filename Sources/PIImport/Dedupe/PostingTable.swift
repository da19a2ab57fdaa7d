/// Postings of a blocking index: for each hashed key, the references that have it, as linked lists in
/// two flat arrays (append-only, so the same table serves a fixed reference set and the growing set of
/// rows already seen in a file). Hash collisions only add candidates: every candidate is scored on its
/// real keys.
struct PostingTable: Sendable {
    struct Slot: Sendable {
        var head: Int32
        var count: Int32
    }

    private var slots: [UInt64: Slot] = [:]
    private var next: [Int32] = []
    private var refs: [Int32] = []

    init(capacity: Int = 0) {
        slots.reserveCapacity(capacity / 4)
        next.reserveCapacity(capacity)
        refs.reserveCapacity(capacity)
    }

    var entryCount: Int { refs.count }
    var keyCount: Int { slots.count }

    /// Adds `ref` under `hash`, once: a reference's keys are added together, so a repeat is at the head.
    mutating func add(_ hash: UInt64, _ ref: Int32) {
        let entry = Int32(truncatingIfNeeded: refs.count)
        if let index = slots.index(forKey: hash) {
            let slot = slots.values[index]
            if refs[Int(slot.head)] == ref { return }
            next.append(slot.head)
            slots.values[index] = Slot(head: entry, count: slot.count + 1)
        } else {
            next.append(-1)
            slots[hash] = Slot(head: entry, count: 1)
        }
        refs.append(ref)
    }

    /// How many references have `hash`.
    func count(_ hash: UInt64) -> Int {
        Int(slots[hash]?.count ?? 0)
    }

    /// Calls `body` for up to `limit` references under `hash`, newest first.
    func forEach(_ hash: UInt64, limit: Int = .max, _ body: (Int32) -> Void) {
        guard let slot = slots[hash] else { return }
        var entry = slot.head
        var seen = 0
        while entry >= 0 && seen < limit {
            body(refs[Int(entry)])
            entry = next[Int(entry)]
            seen += 1
        }
    }
}

/// FNV-1a hashes of keys, one namespace per kind of key.
enum KeyHash {
    enum Kind: UInt64 {
        case exactName = 1, strongKey, weakKey, email, phone, companyNumber, token, fuzzyToken
    }

    @inline(__always)
    static func start(_ kind: Kind) -> UInt64 {
        (0xcbf2_9ce4_8422_2325 ^ (kind.rawValue &* 0x9E37_79B9_7F4A_7C15)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func of(_ text: String, _ kind: Kind) -> UInt64 {
        var hash = start(kind)
        for byte in text.utf8 { hash = mix(hash, byte) }
        return finish(hash)
    }

    static func of<Bytes: Sequence>(bytes: Bytes, _ kind: Kind) -> UInt64 where Bytes.Element == UInt8 {
        var hash = start(kind)
        for byte in bytes { hash = mix(hash, byte) }
        return finish(hash)
    }

    /// The hash of `bytes` without the byte at `skip`: a deletion variant.
    static func of(_ bytes: ArraySlice<UInt8>, skipping skip: Int, _ kind: Kind) -> UInt64 {
        var hash = start(kind)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if index != skip { hash = mix(hash, bytes[index]) }
            index += 1
        }
        return finish(hash)
    }

    static func of(_ value: UInt64, _ kind: Kind) -> UInt64 {
        var hash = start(kind)
        var rest = value
        for _ in 0..<8 {
            hash = mix(hash, UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return finish(hash)
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        return value
    }
}
