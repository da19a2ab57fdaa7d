/// A row's contacts' fingerprints (``ClientGroups/Keys/contacts``), in order: the first kept inline,
/// the rest in an array. Most rows have one contact, and their keys then allocate nothing.
struct ContactFingerprints: RandomAccessCollection, Sendable {
    private var inlineFirst = 0
    private var rest: [Int] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(position: Int) -> Int {
        assert(position >= 0 && position < endIndex, "fingerprint index out of range")
        return position == 0 ? inlineFirst : rest[position - 1]
    }

    mutating func append(_ fingerprint: Int) {
        if endIndex == 0 {
            inlineFirst = fingerprint
        } else {
            rest.append(fingerprint)
        }
        endIndex += 1
    }
}
