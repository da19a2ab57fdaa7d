/// The byte-level CSV state machine: RFC 4180 plus what real files hold.
///
/// It is fed caller-owned chunks of any size and never fails: problems come back as events.
/// Quoted fields keep CR, LF and CRLF verbatim; CR, LF and CRLF all end records and lines;
/// blank lines are skipped; a quote inside an unquoted field, or after a closing quote, is kept
/// as text. Runs of ordinary bytes are skipped eight at a time.
///
/// - Complexity: O(n) in the bytes fed, whatever their content.
public struct CSVTokenizer: ~Copyable {
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
    private var storage = RecordStorage()

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
    public var record: CSVRecordView {
        CSVRecordView(bytes: storage.bytes, ends: storage.ends, count: storage.fieldCount)
    }

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

            case .startField, .unquoted:
                // The common case, fields without quotes, loops here without going through the switch.
                storage.reserve(end - index)
                while true {
                    if state == .startField {
                        fieldLine = line
                        if base[index] == quote {
                            state = .quoted
                            lastWasCR = false
                            index += 1
                            break
                        }
                        state = .unquoted
                    }
                    let runEnd = storage.appendRun(base, from: index, to: end, delimiterMask, delimiter)
                    if runEnd > index {
                        lastWasCR = false
                        index = runEnd
                        if let event = checkSize(quoted: false) { return (event, index) }
                    }
                    guard index < end else { return (.needInput, index) }
                    let byte = base[index]
                    if byte == delimiter {
                        index += 1
                        lastWasCR = false
                        if let event = endField() { return (event, index) }
                        state = .startField
                        guard index < end else { return (.needInput, index) }
                    } else if byte == 0 {
                        return (.nulByte(line: line), index)
                    } else if byte == 0x0A || byte == 0x0D {
                        if let event = endField() { return (event, index) }
                        countLineBreak(byte)
                        index += 1
                        return (endRecord(), index)
                    } else {
                        // Another control byte (a tab between commas, say) is text.
                        storage.append(byte)
                        lastWasCR = false
                        index += 1
                        if let event = checkSize(quoted: false) { return (event, index) }
                    }
                }

            case .quoted:
                storage.reserve(end - index)
                let runEnd = storage.appendRun(base, from: index, to: end, quoteMask, quote)
                if runEnd > index {
                    lastWasCR = false
                    index = runEnd
                    if let event = checkSize(quoted: true) { return (event, index) }
                }
                guard index < end else { break }
                let byte = base[index]
                if byte == quote {
                    state = .quoteInQuoted
                    lastWasCR = false
                } else if byte == 0 {
                    return (.nulByte(line: line), index)
                } else {
                    if byte == 0x0A || byte == 0x0D {
                        countLineBreak(byte)
                    } else {
                        lastWasCR = false
                    }
                    storage.append(byte)
                    if let event = checkSize(quoted: true) { return (event, index) }
                }
                index += 1

            case .quoteInQuoted:
                let byte = base[index]
                if byte == quote {
                    state = .quoted
                    storage.reserve(1)
                    storage.append(byte)
                    if let event = checkSize(quoted: true) { return (event, index) }
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
    private func checkSize(quoted: Bool) -> Event? {
        if storage.fieldLength > limits.maxFieldBytes {
            return .fieldTooLarge(line: fieldLine, quoted: quoted)
        }
        if storage.byteCount > limits.maxRecordBytes {
            return .recordTooLarge(line: recordLine)
        }
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
    /// The record's bytes, fields back to back.
    let bytes: UnsafePointer<UInt8>
    /// The end of each field, counted from `bytes`.
    let ends: UnsafePointer<Int>

    /// How many fields the record has.
    public let count: Int

    init(bytes: UnsafePointer<UInt8>, ends: UnsafePointer<Int>, count: Int) {
        self.bytes = bytes
        self.ends = ends
        self.count = count
    }

    /// All the record's bytes, fields back to back.
    public var allBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes, count: count == 0 ? 0 : ends[count - 1])
    }

    /// The bytes of field `index`, valid until the tokenizer is fed again.
    @inline(__always)
    public func field(_ index: Int) -> UnsafeRawBufferPointer {
        precondition(index >= 0 && index < count, "field index out of range")
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeRawBufferPointer(start: bytes + start, count: ends[index] - start)
    }
}

/// The growable byte and offset buffers of one record, reused from record to record.
///
/// A non-copyable value over raw memory, so the hot loop pays no reference counting or
/// exclusivity checks, and no copy can outlive a reallocation.
private struct RecordStorage: ~Copyable {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity = 4096
    private(set) var byteCount = 0
    private(set) var ends: UnsafeMutablePointer<Int>
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

    mutating func clear() {
        byteCount = 0
        fieldCount = 0
        fieldStart = 0
    }

    /// Makes room for `count` more bytes, plus the slack that word-wide copies write past the end.
    @inline(__always)
    mutating func reserve(_ count: Int) {
        if byteCount + count + 8 > byteCapacity { growBytes(to: byteCount + count + 8) }
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes[byteCount] = byte
        byteCount += 1
    }

    /// Copies `base[start..<end]` up to the first byte that is `special` or a control byte that may be CR,
    /// LF or NUL, eight bytes at a time; returns that byte's index (or `end`). Room for the whole range must
    /// have been reserved.
    @inline(__always)
    mutating func appendRun(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, _ specialMask: UInt64, _ special: UInt8
    ) -> Int {
        let stop = SWAR.copyUntilSpecial(base, from: start, to: end, into: bytes + byteCount, specialMask, special)
        byteCount += stop - start
        return stop
    }

    @inline(__always)
    mutating func endField() {
        if fieldCount == endCapacity { growEnds() }
        ends[fieldCount] = byteCount
        fieldCount += 1
        fieldStart = byteCount
    }

    private mutating func growBytes(to needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    private mutating func growEnds() {
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

    /// Bytes below this one stop a run: CR, LF and NUL, with the rarer control bytes between them (tab,
    /// vertical tab, form feed...), which the caller keeps as text. One comparison covers all three.
    private static let controlBound: UInt8 = 0x0E

    /// Copies bytes from `base[start..<end]` to `destination` up to the first byte that is `special` or
    /// below 0x0E (CR, LF, NUL and other control bytes), and returns that byte's index (or `end`). Whole
    /// words are stored, so up to eight bytes past the copied run may be overwritten.
    @inline(__always)
    static func copyUntilSpecial(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, into destination: UnsafeMutablePointer<UInt8>,
        _ specialMask: UInt64, _ special: UInt8
    ) -> Int {
        var index = start
        let source = UnsafeRawPointer(base)
        let target = UnsafeMutableRawPointer(destination) - start
        while index + 8 <= end {
            let raw = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            target.storeBytes(of: raw, toByteOffset: index, as: UInt64.self)
            let word = UInt64(littleEndian: raw)
            let found = bytesBelow(word ^ specialMask, 1) | bytesBelow(word, controlBound)
            if found != 0 {
                // The lowest flagged byte is exact: false positives only occur above a true hit.
                return index + found.trailingZeroBitCount >> 3
            }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == special || byte < controlBound { return index }
            target.storeBytes(of: byte, toByteOffset: index, as: UInt8.self)
            index += 1
        }
        return end
    }

    /// The high bit of each byte of `word` below `bound` (at most 0x80), and possibly of bytes above one.
    @inline(__always)
    private static func bytesBelow(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- broadcast(bound)) & ~word & highs
    }

    /// Whether every byte is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        guard count >= 8 else {
            var accumulated: UInt8 = 0
            for index in 0..<count { accumulated |= bytes[index] }
            return accumulated & 0x80 == 0
        }
        var accumulated: UInt64 = 0
        var index = 0
        while index + 8 <= count {
            accumulated |= base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        // The last word may overlap the one before; that is harmless for an OR.
        accumulated |= base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        return accumulated & highs == 0
    }
}
