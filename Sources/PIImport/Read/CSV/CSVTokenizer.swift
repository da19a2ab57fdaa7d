/// The byte-level CSV state machine: RFC 4180 plus what real files hold.
///
/// It is fed caller-owned chunks of any size and never fails: problems come back as events.
/// Quoted fields keep CR, LF and CRLF verbatim; CR, LF and CRLF all end records and lines;
/// blank lines are skipped; a quote inside an unquoted field, or after a closing quote, is kept
/// as text. Runs of ordinary bytes are skipped eight at a time.
///
/// - Complexity: O(n) in the bytes fed, whatever their content.
public struct CSVTokenizer {
    /// What feeding stopped on.
    public enum Event: Equatable, Sendable {
        /// The chunk is used up; feed the next one (or call ``finish()``).
        case needInput
        /// A record is complete: read it through ``record``.
        case record
        /// A NUL byte on this line.
        case nulByte(line: Int)
        /// The field that started on this line grew past the limit.
        case fieldTooLarge(line: Int, quoted: Bool)
        /// The record that started on this line has too many bytes or fields.
        case recordTooLarge(line: Int)
        /// The input ended inside a quoted field opened on this line.
        case unterminatedQuote(line: Int)
    }

    /// Limits that keep memory bounded whatever the input holds.
    public struct Limits: Sendable, Hashable {
        public var maxFieldBytes: Int
        public var maxRecordBytes: Int
        public var maxFields: Int

        public init(maxFieldBytes: Int = 16 << 20, maxRecordBytes: Int? = nil, maxFields: Int = 16_384) {
            self.maxFieldBytes = maxFieldBytes
            self.maxRecordBytes = maxRecordBytes ?? max(maxFieldBytes * 4, 1 << 20)
            self.maxFields = maxFields
        }
    }

    private enum State {
        case startRecord, startField, unquoted, quoted, quoteInQuoted
    }

    public let delimiter: UInt8
    public let limits: Limits
    private var state = State.startRecord
    private var lastWasCR = false
    private var recordComplete = false
    private let storage = RecordStorage()

    /// The physical line the tokenizer is on (1-based).
    public private(set) var line = 1
    /// How many bytes have been consumed in all.
    public private(set) var consumed = 0
    /// The line where the current record starts.
    public private(set) var recordLine = 1
    /// The byte offset where the current record starts.
    public private(set) var recordOffset = 0
    private var fieldLine = 1

    public init(delimiter: UInt8, limits: Limits = Limits()) {
        self.delimiter = delimiter
        self.limits = limits
    }

    /// The record completed by the last ``Event/record``; valid until the next call to ``feed(_:)``.
    public var record: CSVRecordView { CSVRecordView(storage: storage) }

    /// Consumes bytes from the front of `input` until a record completes, a problem is found, or the
    /// input is used up; returns the event and how many bytes were consumed.
    public mutating func feed(_ input: UnsafeRawBufferPointer) -> (event: Event, consumed: Int) {
        if recordComplete {
            storage.clear()
            recordComplete = false
        }
        guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return (.needInput, 0) }
        let end = input.count
        var index = 0
        defer { consumed += index }
        let quote: UInt8 = 0x22
        let delimiter = self.delimiter
        let delimiterMask = SWAR.broadcast(delimiter)
        let quoteMask = SWAR.broadcast(quote)

        while index < end {
            switch state {
            case .startRecord:
                let byte = base[index]
                if byte == 0x0A || byte == 0x0D {
                    countLineBreak(byte)
                    index += 1
                    continue
                }
                recordLine = line
                recordOffset = consumed + index
                state = .startField

            case .startField:
                fieldLine = line
                if base[index] == quote {
                    state = .quoted
                    lastWasCR = false
                    index += 1
                } else {
                    state = .unquoted
                }

            case .unquoted:
                let runStart = index
                index = SWAR.firstSpecial(base, from: index, to: end, delimiterMask, delimiter)
                if index > runStart {
                    lastWasCR = false
                    if let event = append(base + runStart, index - runStart, quoted: false) {
                        return (event, index)
                    }
                }
                guard index < end else { break }
                let byte = base[index]
                if byte == delimiter {
                    index += 1
                    lastWasCR = false
                    if let event = endField() { return (event, index) }
                    state = .startField
                } else if byte == 0 {
                    return (.nulByte(line: line), index)
                } else {
                    if let event = endField() { return (event, index) }
                    countLineBreak(byte)
                    index += 1
                    return (endRecord(), index)
                }

            case .quoted:
                let runStart = index
                index = SWAR.firstSpecial(base, from: index, to: end, quoteMask, quote)
                if index > runStart {
                    lastWasCR = false
                    if let event = append(base + runStart, index - runStart, quoted: true) {
                        return (event, index)
                    }
                }
                guard index < end else { break }
                let byte = base[index]
                if byte == quote {
                    state = .quoteInQuoted
                    lastWasCR = false
                } else if byte == 0 {
                    return (.nulByte(line: line), index)
                } else {
                    countLineBreak(byte)
                    if let event = append(base + index, 1, quoted: true) { return (event, index) }
                }
                index += 1

            case .quoteInQuoted:
                let byte = base[index]
                if byte == quote {
                    state = .quoted
                    if let event = append(base + index, 1, quoted: true) { return (event, index) }
                    index += 1
                } else if byte == delimiter {
                    index += 1
                    if let event = endField() { return (event, index) }
                    state = .startField
                } else if byte == 0x0A || byte == 0x0D {
                    if let event = endField() { return (event, index) }
                    countLineBreak(byte)
                    index += 1
                    return (endRecord(), index)
                } else if byte == 0 {
                    return (.nulByte(line: line), index)
                } else {
                    // Text after a closing quote (`"abc"def`) is kept, as most readers do.
                    state = .unquoted
                }
            }
        }
        return (.needInput, index)
    }

    /// Ends the input: returns ``Event/record`` for a last record without a line break,
    /// ``Event/unterminatedQuote(line:)`` inside an open quote, else ``Event/needInput``.
    public mutating func finish() -> Event {
        if recordComplete {
            storage.clear()
            recordComplete = false
        }
        switch state {
        case .startRecord:
            return .needInput
        case .quoted:
            return .unterminatedQuote(line: fieldLine)
        case .startField, .unquoted, .quoteInQuoted:
            if let event = endField() { return event }
            return endRecord()
        }
    }

    @inline(__always)
    private mutating func countLineBreak(_ byte: UInt8) {
        if byte == 0x0D {
            line += 1
            lastWasCR = true
        } else {
            if !lastWasCR { line += 1 }
            lastWasCR = false
        }
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafePointer<UInt8>, _ count: Int, quoted: Bool) -> Event? {
        if storage.fieldLength + count > limits.maxFieldBytes {
            return .fieldTooLarge(line: fieldLine, quoted: quoted)
        }
        if storage.byteCount + count > limits.maxRecordBytes {
            return .recordTooLarge(line: recordLine)
        }
        storage.append(bytes, count)
        return nil
    }

    @inline(__always)
    private mutating func endField() -> Event? {
        if storage.fieldCount >= limits.maxFields { return .recordTooLarge(line: recordLine) }
        storage.endField()
        return nil
    }

    private mutating func endRecord() -> Event {
        state = .startRecord
        recordComplete = true
        return .record
    }
}

/// A borrowed view of the fields of the record just completed.
public struct CSVRecordView {
    fileprivate let storage: RecordStorage

    /// How many fields the record has.
    public var count: Int { storage.fieldCount }

    /// The bytes of field `index`, valid until the tokenizer is fed again.
    public func field(_ index: Int) -> UnsafeRawBufferPointer {
        storage.field(index)
    }
}

/// The growable byte and offset buffers of one record, reused from record to record.
private final class RecordStorage {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 4096
    private(set) var byteCount = 0
    private var ends: UnsafeMutablePointer<Int>
    private var endCapacity = 64
    private(set) var fieldCount = 0
    private var fieldStart = 0

    init() {
        bytes = .allocate(capacity: byteCapacity)
        ends = .allocate(capacity: endCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    var fieldLength: Int { byteCount - fieldStart }

    func clear() {
        byteCount = 0
        fieldCount = 0
        fieldStart = 0
    }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, _ count: Int) {
        if byteCount + count > byteCapacity { growBytes(to: byteCount + count) }
        (bytes + byteCount).update(from: source, count: count)
        byteCount += count
    }

    @inline(__always)
    func endField() {
        if fieldCount == endCapacity { growEnds() }
        ends[fieldCount] = byteCount
        fieldCount += 1
        fieldStart = byteCount
    }

    func field(_ index: Int) -> UnsafeRawBufferPointer {
        precondition(index >= 0 && index < fieldCount, "field index out of range")
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeRawBufferPointer(start: bytes + start, count: ends[index] - start)
    }

    private func growBytes(to needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private func growEnds() {
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        grown.update(from: ends, count: fieldCount)
        ends.deallocate()
        ends = grown
        endCapacity *= 2
    }
}

/// Eight-bytes-at-a-time search for the bytes that end a run in the tokenizer.
enum SWAR {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// The index of the first byte in `from..<to` that is `special`, CR, LF or NUL (or `to`).
    @inline(__always)
    static func firstSpecial(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, _ specialMask: UInt64, _ special: UInt8
    ) -> Int {
        let crMask = broadcast(0x0D)
        let lfMask = broadcast(0x0A)
        var index = start
        let raw = UnsafeRawPointer(base)
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasZeroByte(word ^ specialMask) || hasZeroByte(word ^ crMask) || hasZeroByte(word ^ lfMask)
                || hasZeroByte(word)
            {
                break
            }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == special || byte == 0x0D || byte == 0x0A || byte == 0 { return index }
            index += 1
        }
        return end
    }

    /// Whether every byte is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var accumulated: UInt64 = 0
        while index + 8 <= bytes.count {
            accumulated |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        var tail: UInt8 = 0
        while index < bytes.count {
            tail |= bytes[index]
            index += 1
        }
        return accumulated & highs == 0 && tail & 0x80 == 0
    }
}
