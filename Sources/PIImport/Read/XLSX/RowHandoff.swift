import Foundation

/// Hands batches of complete rows from the thread parsing a worksheet to the thread reading them:
/// at most `limit` batches wait, so the parser stays a bounded distance ahead. Drained batches go
/// back to the parser to be filled again. How parsing ended arrives after the rows before it.
final class RowHandoff: @unchecked Sendable {
    private let strings: SharedStrings.Lookup
    private let limit: Int
    private var full: [RowQueue] = []
    private var head = 0
    private var free: [RowQueue] = []
    private var ending: Result<Void, any Error>?
    private var cancelled = false
    private let signal = NSCondition()

    /// The error the parser stops with when the reader has gone away; never shown.
    static let cancellation = ImportError(.io, .readFailed, "reading the worksheet was abandoned")

    init(strings: SharedStrings.Lookup, limit: Int) {
        self.strings = strings
        self.limit = limit
    }

    /// Parser side: hands over `batch` (complete rows only) and returns an empty batch to fill, once
    /// fewer than `limit` wait; throws ``cancellation`` if the reader has gone away.
    func publish(_ batch: RowQueue) throws(ImportError) -> RowQueue {
        signal.lock()
        defer { signal.unlock() }
        while full.count - head >= limit, !cancelled { signal.wait() }
        guard !cancelled else { throw Self.cancellation }
        full.append(batch)
        signal.broadcast()
        return free.popLast() ?? RowQueue(strings: strings)
    }

    /// Parser side, last: the rows left, and how parsing ended.
    func finish(_ batch: RowQueue, _ ending: Result<Void, any Error>) {
        signal.lock()
        defer { signal.unlock() }
        full.append(batch)
        self.ending = ending
        signal.broadcast()
    }

    /// Reader side: takes back the drained `batch` and returns the next one; `nil` once parsing has
    /// ended, after every row (or throws the failure that ended it, again on every call).
    func next(returning batch: RowQueue) throws -> RowQueue? {
        signal.lock()
        defer { signal.unlock() }
        free.append(batch)
        while head == full.count, ending == nil { signal.wait() }
        guard head < full.count else {
            try ending?.get()
            return nil
        }
        let next = full[head]
        head += 1
        if head == full.count {
            full.removeAll(keepingCapacity: true)
            head = 0
        }
        signal.broadcast()
        return next
    }

    /// Reader side, when it goes away: wakes and stops the parser.
    func cancel() {
        signal.lock()
        cancelled = true
        signal.broadcast()
        signal.unlock()
    }
}
