#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names found by their exact UTF-8 bytes: an open-addressed table hashed with FNV-1a, for the fast path of
/// a lookup done on every row (``CountryNames``). A `Dictionary<String, Int>` hashes each key with SipHash
/// and compares by canonical equivalence, several hundred instructions for a short name; this costs about
/// one multiply a byte and one `memcmp`. Texts that differ only in Unicode normalization miss here and are
/// left to the caller's folded lookup.
struct ExactNameTable: Sendable {
    /// Every name's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Per name: where its bytes start in `bytes`, how many there are, and its value.
    private var entries: [(start: Int, count: Int, value: Int)] = []
    /// Per slot: the index of the entry, or -1 for an empty slot. A power of two, at most half full.
    private var slots: [Int] = Array(repeating: -1, count: 16)

    init() {}

    /// Adds `name` with `value`, replacing the value of a name already there.
    mutating func insert(_ name: String, _ value: Int) {
        var name = name
        name.withUTF8 { name in
            var slot = Self.hash(name) & (slots.count - 1)
            while slots[slot] >= 0 {
                if matches(name, entries[slots[slot]]) {
                    entries[slots[slot]].value = value
                    return
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            entries.append((bytes.count, name.count, value))
            bytes.append(contentsOf: name)
            slots[slot] = entries.count - 1
        }
        if entries.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
    }

    /// The value of the name whose bytes are exactly `text`'s, or `nil`.
    func value(for text: String) -> Int? {
        StringBytes.withBytes(text) { value(for: $0) }
    }

    /// The value of the name whose bytes are exactly `text`, or `nil`.
    func value(for text: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(text) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = entries[slots[slot]]
            if matches(text, entry) { return entry.value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private func matches(_ name: UnsafeBufferPointer<UInt8>, _ entry: (start: Int, count: Int, value: Int)) -> Bool {
        guard entry.count == name.count else { return false }
        guard let base = name.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, base, name.count) == 0 }
    }

    private mutating func rehash(capacity: Int) {
        var slots = Array(repeating: -1, count: capacity)
        bytes.withUnsafeBufferPointer { bytes in
            for (index, entry) in entries.enumerated() {
                let name = UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + entry.count)])
                var slot = Self.hash(name) & (capacity - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = index
            }
        }
        self.slots = slots
    }

    /// FNV-1a over the bytes, folded so the low bits (the slot) depend on every byte.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
