/// A buffer of plain values allocated by hand, grown by doubling: its storage stays where it is until it
/// grows, so a reader holds plain pointers into it with no retain, release or exclusivity check per
/// element. The owner deallocates it (``deallocate()``).
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// Makes room for `adding` more elements.
    @inline(__always)
    mutating func reserve(adding: Int) {
        guard count + adding > capacity else { return }
        capacity = max(capacity * 2, count + adding)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        reserve(adding: 1)
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(from elements: UnsafePointer<Element>, count added: Int) {
        reserve(adding: added)
        (base + count).initialize(from: elements, count: added)
        count += added
    }

    @inline(__always)
    mutating func append(repeating element: Element, count added: Int) {
        reserve(adding: added)
        (base + count).initialize(repeating: element, count: added)
        count += added
    }

    /// Keeps the first `count` elements.
    mutating func removeLast(toCount kept: Int) {
        count = kept
    }

    func deallocate() {
        base.deallocate()
    }
}
