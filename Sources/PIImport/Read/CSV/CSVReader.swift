import Foundation

/// Reads a delimited text file as a stream of records, whatever dialect Excel and friends wrote.
///
/// The encoding comes from a byte-order mark (UTF-8, UTF-16 LE/BE), or from the bytes: a field that
/// is not valid UTF-8 is read as Windows-1252 with a warning naming its line, never replaced by
/// U+FFFD. The delimiter is detected among `,` `;` tab and `|` unless forced. Memory is bounded by
/// the chunk size and the largest record, not by the file.
///
/// With ``ReadOptions/usesSecondCore``, a second thread reads, tokenizes and checks the encoding, while the
/// caller's thread makes the strings and the records; records, positions and diagnostics are the same either
/// way. The arrays handed out, and the storage of their long strings, are written again for the next record
/// once the caller has let go of them (``StringStorageReuse``).
public final class CSVReader: RowSource {
    /// One record: its fields as text and where it starts.
    public struct Record: Sendable, Hashable {
        public var fields: [String]
        /// The 1-based record number; blank lines are not records.
        public var row: Int
        /// The physical line where the record starts.
        public var line: Int
        /// The byte offset where the record starts, in the decoded (UTF-8) text.
        public var byteOffset: Int
    }

    private let producer: CSVRecordProducer
    private let queue: CSVBatchQueue?
    /// The batch whose records the reader is taking, on two cores, kept alive while they are read through
    /// `batchView`'s pointers.
    private var batch: CSVRecordBatch?
    private var batchView = CSVRecordBatch.View()
    private var index = 0
    private var entry = CSVRecordBatch.Entry(
        firstByte: 0, firstField: 0, fieldCount: 0, row: 0, line: 0, offset: 0, isASCII: true)
    /// The arrays handed out with the last record, kept so that their storage is reused once the caller
    /// has let go of them. One thread at a time uses a reader.
    @exclusivity(unchecked) private var lastFields: [String] = []
    @exclusivity(unchecked) private var lastCells: [Cell] = []
    private var diagnostics: [Diagnostic]
    private let forcedEncoding: Bool
    /// Whether the text is transcoded from UTF-16, and so already valid UTF-8.
    private let isTranscoding: Bool
    /// Whether fields of up to 15 bytes are made as ``SmallString``s.
    private let makesSmallStrings = SmallString.isAvailable
    /// Whether long fields are written into the storage of the strings the caller has let go of.
    private let reusesStorage = SmallString.isAvailable && StringStorageReuse.isAvailable
    private var sawMultibyteUTF8 = false
    private var sawWindows1252 = false
    private var warnedMixedEncoding = false

    /// The encoding the reader was told or detected before the first record.
    public var declaredEncoding: TextEncoding { producer.declaredEncoding }
    /// The field delimiter in use.
    public var delimiter: UInt8 { producer.delimiter }

    /// Opens `path`; `name` (default: the path) is how positions refer to the file.
    public convenience init(path: String, name: String? = nil, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: ByteInput(path: path, name: name ?? path), options: options)
    }

    /// Reads from bytes in memory.
    public convenience init(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: ByteInput(bytes: bytes, name: name), options: options)
    }

    private init(input: ByteInput, options: ReadOptions) throws {
        producer = try CSVRecordProducer(input: input, options: options)
        diagnostics = producer.openingDiagnostics
        forcedEncoding = options.encoding != nil
        isTranscoding = producer.isTranscoding
        guard options.usesSecondCore else {
            queue = nil
            return
        }
        let queue = CSVBatchQueue()
        self.queue = queue
        let producer = producer
        let thread = Thread {
            while true {
                let batch = CSVRecordBatch()
                do {
                    try producer.fill(batch)
                } catch {
                    _ = queue.push(.failure(error))
                    return
                }
                guard queue.push(.success(batch)), !batch.ended else { return }
            }
        }
        thread.name = "pi-import CSV reader"
        thread.start()
    }

    deinit {
        queue?.cancel()
    }

    public var info: SourceInfo {
        SourceInfo(format: "csv", file: producer.input.name, encoding: encodingDescription, delimiter: delimiterDescription)
    }

    /// The encoding as read so far: a file that fell back to Windows-1252 says so.
    public var encodingDescription: String {
        switch (sawMultibyteUTF8, sawWindows1252) {
        case (true, true): "utf-8+windows-1252"
        case (false, true): TextEncoding.windows1252.rawValue
        default: declaredEncoding.rawValue
        }
    }

    /// The delimiter as a user types it (`,` `;` `|`), with tab spelled `\\t`.
    public var delimiterDescription: String {
        delimiter == 0x09 ? "\\t" : String(UnicodeScalar(delimiter))
    }

    public func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }

    public func nextRow() throws -> RawRow? {
        guard try advance() else { return nil }
        try readFields(into: &lastCells)
        return RawRow(
            cells: lastCells,
            position: SourcePosition(file: producer.input.name, row: entry.row, line: entry.line, byteOffset: entry.offset))
    }

    /// The next record with its fields as text, or `nil` at the end of the file.
    public func nextRecord() throws -> Record? {
        guard try advance() else { return nil }
        try readFields(into: &lastFields)
        return Record(fields: lastFields, row: entry.row, line: entry.line, byteOffset: entry.offset)
    }

    /// Moves to the next record without making strings; `false` at the end. For benchmarks and counting.
    public func skipRecord() throws -> Bool {
        try advance()
    }

    /// Moves to the next record: straight from the producer on one core, else from the current batch,
    /// fetching batches as needed.
    private func advance() throws -> Bool {
        // Compared rather than bound: binding the queue would retain and release it once a record.
        guard queue != nil else {
            guard try producer.advance() else { return false }
            let record = producer.currentRecord
            entry = CSVRecordBatch.Entry(
                firstByte: 0, firstField: 0, fieldCount: record.view.count, row: record.row, line: record.line,
                offset: record.offset, isASCII: record.isASCII)
            return true
        }
        while index == batchView.count {
            guard !batchView.ended else { return false }
            let next = try queue!.pop().get()
            batch = next
            batchView = next.view
            index = 0
        }
        entry = batchView.records.unsafelyUnwrapped[index]
        index += 1
        return true
    }

    /// Makes `elements` the current record's fields. When nothing else holds `elements` (the caller has let go of
    /// the last record), its storage is kept, and so is each long field's string storage that nothing else holds
    /// and that has room for the new field's bytes.
    @inline(__always)
    private func readFields<Element: RecordElement>(into elements: inout [Element]) throws {
        let count = entry.fieldCount
        if reusesStorage, StringStorageReuse.isUniquelyReferenced(&elements) {
            if elements.count > count { elements.removeLast(elements.count - count) }
        } else {
            elements.removeAll(keepingCapacity: true)
        }
        while elements.count < count { elements.append(Element(field: "")) }
        try elements.withUnsafeMutableBufferPointer { slots in
            guard let slots = slots.baseAddress else { return }
            guard queue != nil else {
                try writeFields(of: producer.currentView, to: slots, isValidUTF8: isTranscoding)
                return
            }
            // On two cores, the reading thread has checked the record's encoding.
            if entry.isValidUTF8, !entry.isASCII, !isTranscoding { noteMultibyteUTF8() }
            try writeFields(of: batchView.record(entry), to: slots, isValidUTF8: entry.isValidUTF8 || isTranscoding)
        }
    }

    /// Writes the fields of `record` over `slots`, checking the encoding of each field that is not ASCII unless
    /// the record `isValidUTF8`.
    @inline(__always)
    private func writeFields<Element: RecordElement>(
        of record: CSVRecordView, to slots: UnsafeMutablePointer<Element>, isValidUTF8: Bool
    ) throws {
        let recordIsASCII = entry.isASCII
        var start = 0
        for index in 0..<record.count {
            let end = record.ends[index]
            let bytes = UnsafeRawBufferPointer(start: record.bytes + start, count: end - start)
            start = end
            let isASCII = recordIsASCII || SWAR.isASCII(bytes)
            if !isASCII, !isValidUTF8, let decoded = try singleByteText(bytes) {
                slots[index] = Element(field: decoded)
            } else if bytes.count <= SmallString.capacity, makesSmallStrings {
                writeSmall(SmallString.bits(bytes), to: slots + index)
            } else {
                writeLong(bytes, isASCII: isASCII, to: slots + index)
            }
        }
    }

    /// Writes a small string over `slot`: in place, with no retain or release, when the string there is small too.
    @inline(__always)
    private func writeSmall<Element: RecordElement>(_ bits: SmallString.Bits, to slot: UnsafeMutablePointer<Element>) {
        if reusesStorage, let text = Element.text(in: slot), SmallString.overwrite(text, with: bits) { return }
        slot.pointee = Element(field: SmallString.string(bits))
    }

    /// Writes a field of valid UTF-8 that is not made as a small string over `slot`: in the storage of the
    /// string there when it can be reused, else as a new string.
    @inline(__always)
    private func writeLong<Element: RecordElement>(
        _ bytes: UnsafeRawBufferPointer, isASCII: Bool, to slot: UnsafeMutablePointer<Element>
    ) {
        if reusesStorage, let text = Element.text(in: slot) {
            let capacity = StringStorageReuse.reusableCapacity(of: text)
            if capacity >= bytes.count {
                StringStorageReuse.overwrite(text, with: bytes, isASCII: isASCII)
                return
            }
            if capacity > 0 {
                slot.pointee = Element(field: heapString(bytes, capacity: StringStorageReuse.roomyCapacity))
                return
            }
        }
        slot.pointee = Element(field: heapString(bytes, capacity: 0))
    }

    /// A field with bytes above 0x7F, in a file that is not UTF-16: `nil` when it is valid UTF-8, else its text
    /// in Windows-1252 (with a warning) or the forced encoding.
    private func singleByteText(_ bytes: UnsafeRawBufferPointer) throws -> String? {
        if forcedEncoding, declaredEncoding.isSingleByte {
            return SingleByteDecoding.decode(bytes, as: declaredEncoding)
        }
        if UTF8Validation.isValid(bytes) {
            noteMultibyteUTF8()
            return nil
        }
        let position = SourcePosition(file: producer.input.name, row: entry.row, line: entry.line)
        if forcedEncoding {
            throw ImportError(.badData, .invalidEncoding, "text is not valid \(declaredEncoding)", at: position)
        }
        if !sawWindows1252 {
            if sawMultibyteUTF8 {
                warnMixedEncoding("not valid UTF-8, unlike earlier lines; read as Windows-1252")
            } else {
                diagnostics.append(
                    Diagnostic(
                        .windows1252Fallback, .warning, at: position,
                        "not valid UTF-8; reading the file as Windows-1252 (use --encoding to choose another)"))
            }
        }
        sawWindows1252 = true
        return SingleByteDecoding.decode(bytes, as: .windows1252)
    }

    /// Notes a field of multibyte UTF-8, with a warning when earlier fields were read as Windows-1252.
    private func noteMultibyteUTF8() {
        if !sawMultibyteUTF8, sawWindows1252 { warnMixedEncoding("UTF-8 after lines read as Windows-1252") }
        sawMultibyteUTF8 = true
    }

    /// A string from valid UTF-8 through the fastest public initializer measured here, with room for at least
    /// `capacity` bytes.
    @inline(__always)
    private func heapString(_ bytes: UnsafeRawBufferPointer, capacity: Int) -> String {
        String(unsafeUninitializedCapacity: max(bytes.count, capacity)) { target in
            UnsafeMutableRawBufferPointer(target).copyMemory(from: bytes)
            return bytes.count
        }
    }

    private func warnMixedEncoding(_ message: String) {
        guard !warnedMixedEncoding else { return }
        warnedMixedEncoding = true
        diagnostics.append(
            Diagnostic(
                .mixedEncoding, .warning,
                at: SourcePosition(file: producer.input.name, row: entry.row, line: entry.line), message))
    }
}

extension CSVReader: RowPacking {
    func appendNextRow(to rows: PackedRows) throws -> Bool {
        guard try advance() else { return false }
        let record: CSVRecordView
        let isValidUTF8: Bool
        if queue == nil {
            record = producer.currentView
            isValidUTF8 = isTranscoding
        } else {
            // On two cores, the reading thread has checked the record's encoding.
            if entry.isValidUTF8, !entry.isASCII, !isTranscoding { noteMultibyteUTF8() }
            record = batchView.record(entry)
            isValidUTF8 = entry.isValidUTF8 || isTranscoding
        }
        if entry.isASCII || isValidUTF8 {
            rows.append(record, row: entry.row, line: entry.line, byteOffset: entry.offset)
            return true
        }
        // Field by field, as ``writeFields(of:to:isValidUTF8:)`` reads them; a field that cannot be read
        // leaves no part of its record behind.
        var start = 0
        for index in 0..<record.count {
            let end = record.ends[index]
            let bytes = UnsafeRawBufferPointer(start: record.bytes + start, count: end - start)
            start = end
            do {
                if !SWAR.isASCII(bytes), var decoded = try singleByteText(bytes) {
                    decoded.withUTF8 { rows.addCell($0, kind: .text) }
                } else {
                    rows.addCell(bytes.assumingMemoryBound(to: UInt8.self), kind: .text)
                }
            } catch {
                rows.discardUnendedRow()
                throw error
            }
        }
        rows.endRow(row: entry.row, line: entry.line, byteOffset: entry.offset)
        return true
    }
}
