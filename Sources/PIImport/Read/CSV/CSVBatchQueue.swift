import Foundation

/// A bounded hand-over of batches from the reading thread: it waits when four batches are queued, so
/// memory stays bounded whatever the file size.
final class CSVBatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Result<CSVRecordBatch, any Error>] = []
    private var cancelled = false
    private let capacity = 4

    /// Queues `item`; `false` when the reader has gone.
    func push(_ item: Result<CSVRecordBatch, any Error>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    func pop() -> Result<CSVRecordBatch, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Stops the reading thread at its next hand-over.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
