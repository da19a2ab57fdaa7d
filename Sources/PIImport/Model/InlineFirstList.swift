/// A short list whose first element is kept inline and the rest in an array: most rows have one
/// contact, and their lists then allocate nothing.
struct InlineFirstList<Element>: RandomAccessCollection {
    private var head: Element?
    private var rest: [Element] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(position: Int) -> Element {
        assert(position >= 0 && position < endIndex, "index out of range")
        return position == 0 ? head.unsafelyUnwrapped : rest[position - 1]
    }

    mutating func append(_ element: Element) {
        if endIndex == 0 {
            head = element
        } else {
            rest.append(element)
        }
        endIndex += 1
    }
}

extension InlineFirstList: Sendable where Element: Sendable {}
