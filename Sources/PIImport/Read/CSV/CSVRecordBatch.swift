import Foundation

/// Records found by the producer, their bytes packed back to back: handed from the reading thread to
/// the thread that makes strings. The reading thread also checks each field's encoding and makes the
/// small strings (which hold no heap memory), so that the other thread only allocates the long ones
/// (allocated and freed on one thread: cross-thread frees were measured to cost more than they save).
/// A value type, so that the hot loops on either side work on local
/// copies without the exclusivity checks of class properties.
struct CSVRecordBatch: Sendable {
    static let maxRecords = 1024
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
        /// Whether every field is valid UTF-8 (checked, or transcoded): then each field of up to
        /// ``SmallString/capacity`` bytes is ready in ``smallFields``. Else the fields are checked one by
        /// one where strings are made, with the warnings that a fallback to Windows-1252 brings.
        var isValidUTF8 = false
    }

    private(set) var bytes: [UInt8] = []
    /// The end of each field, counted from its record's first byte.
    private(set) var fieldEnds: [Int] = []
    /// Each field's small string, when it has at most ``SmallString/capacity`` bytes; in step with ``fieldEnds``.
    private(set) var smallFields: [SmallString.Bits] = []
    private(set) var records: [Entry] = []
    /// Whether the input ends after these records.
    var ended = false

    /// An empty batch; `reserving` sets aside room for a full one.
    init(reserving: Bool = true) {
        guard reserving else { return }
        bytes.reserveCapacity(Self.maxBytes + (64 << 10))
        fieldEnds.reserveCapacity(Self.maxRecords * 16)
        smallFields.reserveCapacity(Self.maxRecords * 16)
        records.reserveCapacity(Self.maxRecords)
    }

    /// Adds `record`, checking its fields: `isTranscoded` when the text is known to be valid UTF-8;
    /// `readsUTF8` unless bytes above 0x7F are to be decoded in a single-byte encoding.
    mutating func append(
        _ record: CSVRecordView, row: Int, line: Int, offset: Int, isTranscoded: Bool, readsUTF8: Bool
    ) {
        var isASCII = true
        var isValidUTF8 = true
        var start = 0
        for index in 0..<record.count {
            let end = record.ends[index]
            let field = UnsafeRawBufferPointer(start: record.bytes + start, count: end - start)
            start = end
            let fieldIsASCII: Bool
            if field.count <= SmallString.capacity {
                let bits = SmallString.bits(field)
                smallFields.append(bits)
                fieldIsASCII = SmallString.isASCII(bits)
            } else {
                smallFields.append(.empty)
                fieldIsASCII = SWAR.isASCII(field)
            }
            guard !fieldIsASCII else { continue }
            isASCII = false
            if isValidUTF8, !isTranscoded {
                isValidUTF8 = readsUTF8 && UTF8Validation.isValid(field)
            }
        }
        records.append(
            Entry(
                firstByte: bytes.count, firstField: fieldEnds.count, fieldCount: record.count, row: row, line: line,
                offset: offset, isASCII: isASCII, isValidUTF8: isValidUTF8))
        bytes.append(contentsOf: record.allBytes)
        fieldEnds.append(contentsOf: UnsafeBufferPointer(start: record.ends, count: record.count))
    }

    /// Calls `body` with a view of the fields of `entry` and their small strings.
    @inline(__always)
    func withRecord<Result>(
        _ entry: Entry, _ body: (CSVRecordView, UnsafePointer<SmallString.Bits>) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { fieldEnds in
                try smallFields.withUnsafeBufferPointer { smallFields in
                    try body(
                        CSVRecordView(
                            bytes: bytes.baseAddress! + entry.firstByte, ends: fieldEnds.baseAddress! + entry.firstField,
                            count: entry.fieldCount),
                        smallFields.baseAddress! + entry.firstField)
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
