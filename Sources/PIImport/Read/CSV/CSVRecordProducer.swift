/// The reading half of ``CSVReader``: file, encoding, delimiter and tokenizer. It finds records and
/// packs their bytes into batches; making strings of them is the reader's half, so the two can run on
/// two cores.
final class CSVRecordProducer: @unchecked Sendable {
    static let sniffBytes = 64 << 10

    let input: ByteInput
    private let options: ReadOptions
    /// Touched several times per record by one thread at a time: static exclusivity checking is enough,
    /// and the dynamic checks cost about 300 instructions per record.
    @exclusivity(unchecked) private var tokenizer: CSVTokenizer
    private var transcoder: UTF16Transcoder?
    /// Read once per record, by one thread at a time, like the tokenizer: no dynamic exclusivity checks.
    @exclusivity(unchecked) private var window: [UInt8]
    private var cursor: Int
    private var rawChunk: [UInt8] = []
    private var inputEnded = false
    private var finished = false
    private var recordCount = 0
    private var pendingError: (any Error)?
    /// Warnings found while opening the file.
    let openingDiagnostics: [Diagnostic]

    /// The encoding the reader was told or detected.
    let declaredEncoding: TextEncoding
    /// Whether the text is transcoded from UTF-16 (and so known to be valid UTF-8).
    var isTranscoding: Bool { declaredEncoding.isUTF16 }
    let delimiter: UInt8
    var limits: CSVTokenizer.Limits { tokenizer.limits }

    init(input: ByteInput, options: ReadOptions) throws {
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
        openingDiagnostics = diagnostics
    }

    /// The fields of the record ``advance()`` moved to; valid until the next call.
    var currentView: CSVRecordView { tokenizer.record }

    /// The record ``advance()`` moved to, and whether all its bytes are ASCII; valid until the next call.
    var currentRecord: (view: CSVRecordView, row: Int, line: Int, offset: Int, isASCII: Bool) {
        let view = tokenizer.record
        return (view, recordCount, tokenizer.recordLine, tokenizer.recordOffset, SWAR.isASCII(view.allBytes))
    }

    /// Adds records to `batch` until it is full or the input ends (then `batch.ended` is set). An error
    /// after some records is kept for the next call, so that the records before it are delivered.
    func fill(_ batch: CSVRecordBatch) throws {
        if let pendingError {
            self.pendingError = nil
            throw pendingError
        }
        while !batch.isFull {
            do {
                guard try advance() else {
                    batch.ended = true
                    return
                }
            } catch {
                guard batch.count == 0 else {
                    pendingError = error
                    return
                }
                throw error
            }
            let record = tokenizer.record
            batch.append(
                record, row: recordCount, line: tokenizer.recordLine, offset: tokenizer.recordOffset,
                isASCII: SWAR.isASCII(record.allBytes), isTranscoded: isTranscoding,
                readsUTF8: !declaredEncoding.isSingleByte)
        }
    }

    /// Moves to the next record (read it through ``currentRecord``); `false` at the end.
    func advance() throws -> Bool {
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

}
