/// The text of the cell being read, gathered from the parser's `characters` calls into one buffer
/// kept from cell to cell (an array's bookkeeping cost more than the few bytes of a typical value).
final class CellText {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private(set) var count = 0

    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// The text so far, valid until the next change.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    func removeAll() {
        count = 0
    }

    func append(_ text: UnsafePointer<UInt8>, count added: Int) {
        if count + added > capacity {
            capacity = max(capacity * 2, count + added)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.initialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
        }
        (storage + count).initialize(from: text, count: added)
        count += added
    }
}
