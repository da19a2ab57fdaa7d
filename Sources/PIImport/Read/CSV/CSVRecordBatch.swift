import Foundation

/// Records found by the producer, their bytes packed back to back: handed from the reading thread to
/// the thread that makes strings. A value type, so that the hot loops on either side work on local
/// copies without the exclusivity checks of class properties.
struct CSVRecordBatch: Sendable {
    static let maxRecords = 2048
    static let maxBytes = 1 << 20

    struct Entry {
        /// Index of the record's first field in ``fieldEnds``.
        var firstField: Int
        var fieldCount: Int
        var row: Int
        var line: Int
        var offset: Int
        /// Whether every byte of the record is ASCII (so each field is valid UTF-8).
        var isASCII: Bool
    }

    private(set) var bytes: [UInt8] = []
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

    mutating func append(_ record: CSVRecordView, row: Int, line: Int, offset: Int) {
        let base = bytes.count
        let all = record.allBytes
        bytes.append(contentsOf: all)
        let firstField = fieldEnds.count
        var start = 0
        for index in 0..<record.count {
            start += record.field(index).count
            fieldEnds.append(base + start)
        }
        records.append(
            Entry(
                firstField: firstField, fieldCount: record.count, row: row, line: line, offset: offset,
                isASCII: SWAR.isASCII(all)))
    }

    /// Calls `body` with the bytes of each field of `entry`, in order.
    @inline(__always)
    func forEachField(of entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try bytes.withUnsafeBytes { bytes in
            try fieldEnds.withUnsafeBufferPointer { fieldEnds in
                let ends = fieldEnds.baseAddress! + entry.firstField
                var start = entry.firstField == 0 ? 0 : ends[-1]
                for index in 0..<entry.fieldCount {
                    let end = ends[index]
                    try body(UnsafeRawBufferPointer(start: bytes.baseAddress! + start, count: end - start))
                    start = end
                }
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
