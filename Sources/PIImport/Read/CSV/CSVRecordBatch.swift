import Foundation

/// Records found by the producer, their bytes packed back to back: handed from the reading thread to
/// the thread that makes strings. A value type, so that the hot loops on either side work on local
/// copies without the exclusivity checks of class properties.
struct CSVRecordBatch: Sendable {
    static let maxRecords = 2048
    static let maxBytes = 1 << 20

    struct Entry {
        /// Index of the record's first byte in ``bytes``.
        var firstByte: Int
        /// Index of the record's first field end in ``fieldEnds``.
        var firstField: Int
        var fieldCount: Int
        var row: Int
        var line: Int
        var offset: Int
        /// Whether every byte of the record is ASCII (so each field is valid UTF-8).
        var isASCII: Bool
    }

    private(set) var bytes: [UInt8] = []
    /// The end of each field, counted from its record's first byte.
    private(set) var fieldEnds: [Int] = []
    private(set) var records: [Entry] = []
    /// Whether the input ends after these records.
    var ended = false

    /// An empty batch; `reserving` sets aside room for a full one.
    init(reserving: Bool = true) {
        guard reserving else { return }
        bytes.reserveCapacity(Self.maxBytes + (64 << 10))
        fieldEnds.reserveCapacity(Self.maxRecords * 16)
        records.reserveCapacity(Self.maxRecords)
    }

    mutating func append(_ record: CSVRecordView, row: Int, line: Int, offset: Int, isASCII: Bool) {
        let entry = Entry(
            firstByte: bytes.count, firstField: fieldEnds.count, fieldCount: record.count, row: row, line: line,
            offset: offset, isASCII: isASCII)
        bytes.append(contentsOf: record.allBytes)
        fieldEnds.append(contentsOf: UnsafeBufferPointer(start: record.ends, count: record.count))
        records.append(entry)
    }

    /// Calls `body` with a view of the fields of `entry`.
    @inline(__always)
    func withRecord<Result>(_ entry: Entry, _ body: (CSVRecordView) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { fieldEnds in
                try body(
                    CSVRecordView(
                        bytes: bytes.baseAddress! + entry.firstByte, ends: fieldEnds.baseAddress! + entry.firstField,
                        count: entry.fieldCount))
            }
        }
    }
}

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
