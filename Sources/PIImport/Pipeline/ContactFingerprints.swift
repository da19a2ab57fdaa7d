/// A row's contacts' fingerprints (``ClientGroups/Keys/contacts``), in order: the first kept inline,
/// the rest in an array. Most rows have one contact, and their keys then allocate nothing.
struct ContactFingerprints: RandomAccessCollection, Sendable {
    private var first = 0
    private var rest: [Int] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(position: Int) -> Int {
        position == 0 ? first : rest[position - 1]
    }

    mutating func append(_ fingerprint: Int) {
        if endIndex == 0 {
            first = fingerprint
        } else {
            rest.append(fingerprint)
        }
        endIndex += 1
    }
}
