/// Reads a delimited text file as a stream of records, whatever dialect Excel and friends wrote.
///
/// The encoding comes from a byte-order mark (UTF-8, UTF-16 LE/BE), or from the bytes: a field that
/// is not valid UTF-8 is read as Windows-1252 with a warning naming its line, never replaced by
/// U+FFFD. The delimiter is detected among `,` `;` tab and `|` unless forced. Memory is bounded by
/// the chunk size and the largest record, not by the file.
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

    private static let sniffBytes = 64 << 10

    private let input: ByteInput
    private let options: ReadOptions
    private var tokenizer: CSVTokenizer
    private var transcoder: UTF16Transcoder?
    private var window: [UInt8]
    private var cursor: Int
    private var rawChunk: [UInt8] = []
    private var inputEnded = false
    private var finished = false
    private var recordCount = 0
    private var diagnostics: [Diagnostic] = []

    /// The encoding the reader was told or detected before the first record.
    public let declaredEncoding: TextEncoding
    private let forcedEncoding: Bool
    private var sawMultibyteUTF8 = false
    private var sawWindows1252 = false
    private var warnedMixedEncoding = false

    /// The field delimiter in use.
    public let delimiter: UInt8

    /// Opens `path`; `name` (default: the path) is how positions refer to the file.
    public convenience init(path: String, name: String? = nil, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: ByteInput(path: path, name: name ?? path), options: options)
    }

    /// Reads from bytes in memory.
    public convenience init(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: ByteInput(bytes: bytes, name: name), options: options)
    }

    private init(input: ByteInput, options: ReadOptions) throws {
        self.input = input
        self.options = options
        let chunkSize = max(1, options.chunkSize)

        // Gather the first bytes to find the encoding and the delimiter.
        var prefix: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: min(chunkSize, Self.sniffBytes))
        var ended = false
        while prefix.count < Self.sniffBytes {
            let count = try scratch.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 {
                ended = true
                break
            }
            prefix.append(contentsOf: scratch[..<count])
        }

        var diagnostics: [Diagnostic] = []
        var encoding = options.encoding
        var bomLength = 0
        prefix.withUnsafeBytes { bytes in
            if let (marked, length) = TextEncoding.byteOrderMark(in: bytes),
                encoding == nil || encoding == marked || (encoding?.isUTF16 == true && marked.isUTF16)
            {
                encoding = marked
                bomLength = length
            } else if encoding == nil, let utf16 = TextEncoding.bomlessUTF16(in: bytes) {
                encoding = utf16
                diagnostics.append(
                    Diagnostic(
                        .utf16WithoutBOM, .warning, at: SourcePosition(file: input.name, line: 1),
                        "no byte-order mark, but the bytes look like \(utf16); reading as \(utf16)"))
            }
        }
        forcedEncoding = options.encoding != nil
        declaredEncoding = encoding ?? .utf8
        prefix.removeFirst(bomLength)

        if declaredEncoding.isUTF16 {
            var transcoder = UTF16Transcoder(bigEndian: declaredEncoding == .utf16BE)
            var decoded: [UInt8] = []
            let valid = prefix.withUnsafeBytes { transcoder.transcode($0, into: &decoded) }
            guard valid, !ended || transcoder.finish() else {
                throw Self.invalidUTF16(input.name, line: transcoder.line, encoding: declaredEncoding)
            }
            self.transcoder = transcoder
            window = decoded
        } else {
            window = prefix
        }
        cursor = 0
        inputEnded = ended

        delimiter =
            options.delimiter
            ?? window.withUnsafeBytes { DelimiterSniffer.delimiter(in: $0, isComplete: ended) }
        tokenizer = CSVTokenizer(delimiter: delimiter, limits: .init(maxFieldBytes: options.maxFieldBytes))
        self.diagnostics = diagnostics
    }

    public var info: SourceInfo {
        SourceInfo(format: "csv", file: input.name, encoding: encodingDescription, delimiter: delimiterDescription)
    }

    /// The encoding as read so far: a file that fell back to Windows-1252 says so.
    public var encodingDescription: String {
        switch (sawMultibyteUTF8, sawWindows1252) {
        case (true, true): "utf-8+windows-1252"
        case (false, true): TextEncoding.windows1252.rawValue
        default: declaredEncoding.rawValue
        }
    }

    /// The delimiter as a user types it (`,` `;` `|`), with tab spelled `\t`.
    public var delimiterDescription: String {
        delimiter == 0x09 ? "\\t" : String(UnicodeScalar(delimiter))
    }

    public func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }

    public func nextRow() throws -> RawRow? {
        guard try advance() else { return nil }
        return RawRow(
            cells: try fields { .text($0) },
            position: SourcePosition(
                file: input.name, row: recordCount, line: tokenizer.recordLine, byteOffset: tokenizer.recordOffset))
    }

    /// The next record with its fields as text, or `nil` at the end of the file.
    public func nextRecord() throws -> Record? {
        guard try advance() else { return nil }
        return Record(
            fields: try fields { $0 }, row: recordCount, line: tokenizer.recordLine,
            byteOffset: tokenizer.recordOffset)
    }

    /// The current record's fields, each made into text and then into an element by `make`.
    @inline(__always)
    private func fields<Element>(_ make: (String) -> Element) throws -> [Element] {
        let view = tokenizer.record
        var fields: [Element] = []
        fields.reserveCapacity(view.count)
        if transcoder != nil || SWAR.isASCII(view.allBytes) {
            for index in 0..<view.count {
                fields.append(make(Self.string(validUTF8: view.field(index))))
            }
        } else {
            for index in 0..<view.count {
                fields.append(make(try string(from: view.field(index))))
            }
        }
        return fields
    }

    /// Moves to the next record without making strings; `false` at the end. For benchmarks and counting.
    public func skipRecord() throws -> Bool {
        try advance()
    }

    private func advance() throws -> Bool {
        guard !finished else { return false }
        let chunkSize = max(1, options.chunkSize)
        while true {
            if cursor == window.count {
                if try !refill() {
                    finished = true
                    let event = tokenizer.finish()
                    if event == .record {
                        recordCount += 1
                        return true
                    }
                    try check(event)
                    return false
                }
            }
            let (event, used) = window.withUnsafeBytes { bytes in
                tokenizer.feed(UnsafeRawBufferPointer(rebasing: bytes[cursor..<min(cursor + chunkSize, bytes.count)]))
            }
            cursor += used
            switch event {
            case .needInput:
                continue
            case .record:
                recordCount += 1
                return true
            default:
                finished = true
                try check(event)
            }
        }
    }

    /// Reads the next chunk into the window; `false` at the end of the input.
    private func refill() throws -> Bool {
        guard !inputEnded else { return false }
        let chunkSize = max(1, options.chunkSize)
        guard var transcoder else {
            if window.count != chunkSize { window = [UInt8](repeating: 0, count: chunkSize) }
            let count = try window.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 {
                inputEnded = true
                window.removeAll()
            } else {
                window.removeSubrange(count...)
            }
            cursor = 0
            return count > 0
        }
        if rawChunk.count != chunkSize { rawChunk = [UInt8](repeating: 0, count: chunkSize) }
        window.removeAll(keepingCapacity: true)
        cursor = 0
        while window.isEmpty {
            let count = try rawChunk.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 {
                inputEnded = true
                guard transcoder.finish() else {
                    throw Self.invalidUTF16(input.name, line: transcoder.line, encoding: declaredEncoding)
                }
                return false
            }
            let valid = rawChunk.withUnsafeBytes {
                transcoder.transcode(UnsafeRawBufferPointer(rebasing: $0[..<count]), into: &window)
            }
            guard valid else {
                throw Self.invalidUTF16(input.name, line: transcoder.line, encoding: declaredEncoding)
            }
        }
        self.transcoder = transcoder
        return true
    }

    private func check(_ event: CSVTokenizer.Event) throws {
        let file = input.name
        switch event {
        case .needInput, .record:
            return
        case .nulByte(let line):
            throw ImportError(
                .badData, .nulByte,
                "NUL byte in the text; is this a binary file, or UTF-16 saved without a byte-order mark? (try --encoding)",
                at: SourcePosition(file: file, line: line))
        case .fieldTooLarge(let line, let quoted):
            let limit = options.maxFieldBytes
            let hint = quoted ? "; is the quote opened on this line ever closed?" : ""
            throw ImportError(
                .badData, .fieldTooLarge, "field is larger than \(limit) bytes (--max-field-bytes)\(hint)",
                at: SourcePosition(file: file, line: line))
        case .recordTooLarge(let line):
            throw ImportError(
                .badData, .recordTooLarge,
                "record has more than \(tokenizer.limits.maxFields) fields or \(tokenizer.limits.maxRecordBytes) bytes",
                at: SourcePosition(file: file, line: line))
        case .unterminatedQuote(let line):
            throw ImportError(
                .badData, .unterminatedQuote, "quoted field opened on this line is never closed",
                at: SourcePosition(file: file, line: line))
        }
    }

    private static func invalidUTF16(_ file: String, line: Int, encoding: TextEncoding) -> ImportError {
        ImportError(
            .badData, .invalidEncoding, "invalid \(encoding) (unpaired surrogate or odd byte count)",
            at: SourcePosition(file: file, line: line))
    }

    @inline(__always)
    private func string(from bytes: UnsafeRawBufferPointer) throws -> String {
        if SWAR.isASCII(bytes) {
            return Self.string(validUTF8: bytes)
        }
        if forcedEncoding, declaredEncoding == .windows1252 || declaredEncoding == .latin1 {
            return SingleByteDecoding.decode(bytes, as: declaredEncoding)
        }
        if UTF8Validation.isValid(bytes) {
            if !sawMultibyteUTF8, sawWindows1252 { warnMixedEncoding("UTF-8 after lines read as Windows-1252") }
            sawMultibyteUTF8 = true
            return Self.string(validUTF8: bytes)
        }
        let position = SourcePosition(file: input.name, row: recordCount, line: tokenizer.recordLine)
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

    /// A string from bytes already known to be valid UTF-8 (the fastest initializer measured here).
    @inline(__always)
    private static func string(validUTF8 bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { target in
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
                at: SourcePosition(file: input.name, row: recordCount, line: tokenizer.recordLine), message))
    }
}
