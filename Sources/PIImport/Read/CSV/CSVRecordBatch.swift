/// Records found by the producer, their bytes packed back to back: handed from the reading thread to the
/// thread that makes strings. The reading thread also finds whether each record is ASCII and, when it is not,
/// whether every field is valid UTF-8, so that the other thread only makes the strings (allocated on the
/// caller's thread, which usually frees them: a reader that frees its records on the thread that made them
/// pays no cross-thread frees).
/// Its buffers are allocated by hand and stay where they are once filled, so that the reader takes the
/// records one by one through plain pointers, with no retain or release per record. One thread at a time
/// uses a batch (the reading thread until it hands the batch over, then the reader), so its properties go
/// without dynamic exclusivity checks.
final class CSVRecordBatch: @unchecked Sendable {
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
        /// Whether every field is valid UTF-8 (checked, or transcoded). Else the fields are checked one by one
        /// where strings are made, with the warnings that a fallback to Windows-1252 brings.
        var isValidUTF8 = false
    }

    /// The records' bytes, back to back.
    @exclusivity(unchecked) private var bytes = GrowableBuffer<UInt8>(capacity: maxBytes + (64 << 10))
    /// The end of each field, counted from its record's first byte.
    @exclusivity(unchecked) private var fieldEnds = GrowableBuffer<Int>(capacity: maxRecords * 16)
    /// The records, ``count`` of them.
    let records = UnsafeMutablePointer<Entry>.allocate(capacity: maxRecords)
    @exclusivity(unchecked) private(set) var count = 0
    /// Whether the input ends after these records.
    @exclusivity(unchecked) var ended = false

    deinit {
        bytes.deallocate()
        fieldEnds.deallocate()
        records.deallocate()
    }

    /// Whether no more records are to be added.
    var isFull: Bool { count == Self.maxRecords || bytes.count >= Self.maxBytes }

    /// Adds `record` (the batch must not be full), checking its encoding: `isASCII` when every byte is below
    /// 0x80; `isTranscoded` when the text is known to be valid UTF-8; `readsUTF8` unless bytes above 0x7F are to
    /// be decoded in a single-byte encoding.
    func append(
        _ record: CSVRecordView, row: Int, line: Int, offset: Int, isASCII: Bool, isTranscoded: Bool, readsUTF8: Bool
    ) {
        var isValidUTF8 = isASCII || isTranscoded
        if !isValidUTF8, readsUTF8 {
            isValidUTF8 = true
            var start = 0
            for index in 0..<record.count where isValidUTF8 {
                let end = record.ends[index]
                let field = UnsafeRawBufferPointer(start: record.bytes + start, count: end - start)
                isValidUTF8 = SWAR.isASCII(field) || UTF8Validation.isValid(field)
                start = end
            }
        }
        (records + count).initialize(
            to: Entry(
                firstByte: bytes.count, firstField: fieldEnds.count, fieldCount: record.count, row: row, line: line,
                offset: offset, isASCII: isASCII, isValidUTF8: isValidUTF8))
        bytes.append(from: record.bytes, count: record.allBytes.count)
        fieldEnds.append(from: record.ends, count: record.count)
        count += 1
    }

    /// A filled batch's buffers as plain pointers, valid while the batch is; empty by default.
    struct View {
        var records: UnsafePointer<Entry>?
        var bytes: UnsafePointer<UInt8>?
        var fieldEnds: UnsafePointer<Int>?
        var count = 0
        var ended = false

        /// The fields of `entry`, one of ``records``.
        @inline(__always)
        func record(_ entry: Entry) -> CSVRecordView {
            CSVRecordView(
                bytes: bytes.unsafelyUnwrapped + entry.firstByte, ends: fieldEnds.unsafelyUnwrapped + entry.firstField,
                count: entry.fieldCount)
        }
    }

    /// The batch as filled so far, for the thread it is handed to.
    var view: View { View(records: records, bytes: bytes.base, fieldEnds: fieldEnds.base, count: count, ended: ended) }
}
