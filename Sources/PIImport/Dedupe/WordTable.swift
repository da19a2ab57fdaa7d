/// A word of a fixed list: bytes of a string literal, which live as long as the program.
struct Term: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ literal: StaticString) {
        bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The words of a literal, between single spaces.
    static func words(_ literal: StaticString) -> [Term] {
        Term(literal).bytes.split(separator: 0x20).map { Term(UnsafeBufferPointer(rebasing: $0)) }
    }
}

/// A fixed set of words found by their bytes: open addressing over an FNV-1a hash, so a look-up is one
/// pass over the token and a probe or two, with no `Hasher` and no allocation.
struct WordTable: Sendable {
    private let words: [Term]
    /// Index into `words` plus one; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ words: [Term]) {
        var size = 8
        while size < words.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: Self.hash(word.bytes)) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.words = words
        self.slots = slots
        mask = size - 1
    }

    /// The position of `token` in the list the table was made from, or nil.
    func index(of token: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(token)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if MatchKey.same(words[entry - 1].bytes, token) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    func contains(_ token: UnsafeBufferPointer<UInt8>) -> Bool { index(of: token) != nil }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
