internal import CPIImportXML2

/// The SAX callbacks a part's handler implements. They receive the ``XMLParseContext`` pointer
/// and capture nothing.
struct XMLCallbacks {
    var startElement: startElementNsSAX2Func
    var endElement: endElementNsSAX2Func
    /// Text, CDATA and whitespace alike; text can arrive split over several calls.
    var characters: charactersSAXFunc?
}

/// A handler of one kind of part: its state lives in a struct that the callbacks reach by pointer.
protocol XMLHandler {
    static var callbacks: XMLCallbacks { get }
}

/// What every callback receives: the handler's state, the parser, and the first failure.
struct XMLParseContext {
    fileprivate(set) var parser: xmlParserCtxtPtr?
    let handler: UnsafeMutableRawPointer
    /// The file and part, for messages.
    let position: SourcePosition
    private(set) var failure: ImportError?

    /// The handler state behind the opaque pointer libxml2 hands to callbacks.
    static func handler<Handler>(_ context: UnsafeMutableRawPointer?, as type: Handler.Type) -> UnsafeMutablePointer<Handler> {
        of(context).pointee.handler.assumingMemoryBound(to: Handler.self)
    }

    /// The context behind the opaque pointer libxml2 hands to callbacks.
    static func of(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<XMLParseContext> {
        context!.assumingMemoryBound(to: XMLParseContext.self)
    }

    /// Records the first failure and stops the parser: no further callbacks arrive.
    mutating func fail(_ error: ImportError) {
        record(error)
        if let parser { xmlStopParser(parser) }
    }

    /// Records the first failure without stopping the parser: for libxml2's read callback, where
    /// stopping would free the input buffer libxml2 is reading into.
    mutating func record(_ error: ImportError) {
        if failure == nil { failure = error }
    }

    /// `position` at the parser's current line and column.
    var currentPosition: SourcePosition {
        var position = position
        if let parser {
            position.line = Int(xmlSAX2GetLineNumber(parser))
            position.column = Int(xmlSAX2GetColumnNumber(parser))
        }
        return position
    }
}

/// libxml2's SAX2 parser over one part, calling the handler as elements complete: either pushed chunk
/// by chunk (``parse(_:)``), or pulling chunks itself from a ``XMLChunkSource`` (``parseAll()``, about
/// 10% fewer instructions per byte, for a parser on a thread of its own). Entities are never loaded
/// or substituted, nothing is fetched from the network, and a DOCTYPE stops the parse (OOXML parts
/// never need one; entity expansion attacks do).
final class XMLSAXParser<Handler: XMLHandler> {
    /// The handler's state, updated by the callbacks.
    let handler: UnsafeMutablePointer<Handler>
    private let context: UnsafeMutablePointer<XMLParseContext>
    private let parser: xmlParserCtxtPtr
    private let pull: Pull?

    private static var options: Int32 {
        // Never XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE.
        Int32(XML_PARSE_NONET.rawValue)
    }

    /// A parser to push chunks to, or (`source`) one that pulls them.
    init(handler: Handler, position: SourcePosition, pulling source: XMLChunkSource? = nil) throws {
        initializeXMLLibrary
        self.handler = .allocate(capacity: 1)
        self.handler.initialize(to: handler)
        context = .allocate(capacity: 1)
        context.initialize(to: XMLParseContext(parser: nil, handler: UnsafeMutableRawPointer(self.handler), position: position))
        let callbacks = Handler.callbacks
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = callbacks.startElement
        sax.endElementNs = callbacks.endElement
        sax.characters = callbacks.characters
        sax.cdataBlock = callbacks.characters
        sax.ignorableWhitespace = callbacks.characters
        sax.internalSubset = { context, name, _, _ in
            let context = XMLParseContext.of(context)
            context.pointee.fail(
                ImportError(
                    .badData, .xmlDoctype, "the part declares a DOCTYPE, which workbooks never need; "
                        + "refusing it (entity expansion attacks rely on one)", at: context.pointee.currentPosition))
        }
        sax.serror = { context, error in
            guard let context, let error, error.pointee.level == XML_ERR_FATAL else { return }
            let parse = XMLParseContext.of(context)
            var position = parse.pointee.position
            position.line = Int(error.pointee.line)
            position.column = Int(error.pointee.int2)
            let message = error.pointee.message.map { String(cString: $0) } ?? "parse error"
            parse.pointee.fail(
                ImportError(
                    .badData, .malformedXML,
                    "malformed XML: " + message.trimmingWhitespace(), at: position))
        }
        var pull: Pull?
        if let source { pull = Pull(source: source, context: context) }
        let created =
            if let pull {
                xmlCreateIOParserCtxt(
                    &sax, context, { pull, buffer, length in
                        Unmanaged<Pull>.fromOpaque(pull!).takeUnretainedValue().read(into: buffer, length: Int(length))
                    }, nil, Unmanaged.passUnretained(pull).toOpaque(), XML_CHAR_ENCODING_NONE)
            } else {
                xmlCreatePushParserCtxt(&sax, context, nil, 0, nil)
            }
        guard let parser = created else {
            context.deinitialize(count: 1)
            context.deallocate()
            self.handler.deinitialize(count: 1)
            self.handler.deallocate()
            throw ImportError(.io, .readFailed, "libxml2 could not create a parser", at: position)
        }
        xmlCtxtUseOptions(parser, Self.options)
        self.parser = parser
        self.pull = pull
        context.pointee.parser = parser
    }

    deinit {
        xmlFreeParserCtxt(parser)
        context.deinitialize(count: 1)
        context.deallocate()
        handler.deinitialize(count: 1)
        handler.deallocate()
    }

    /// Parses the next bytes of the part; throws the first failure the handler or libxml2 reported.
    func parse(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        xmlParseChunk(parser, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 0)
        try check()
    }

    /// Ends the part: anything left unclosed is an error.
    func finish() throws {
        xmlParseChunk(parser, nil, 0, 1)
        try check()
    }

    /// A pulling parser's whole part; throws the first failure, the source's included.
    func parseAll() throws {
        xmlParseDocument(parser)
        try check()
    }

    /// Reads `entry` to the end through a parser over `handler`; returns the handler's final state.
    static func parse(_ entry: ZipEntry, in archive: ZipArchive, handler: Handler) throws -> Handler {
        let reader = try archive.reader(for: entry)
        let parser = try XMLSAXParser(
            handler: handler, position: SourcePosition(file: archive.input.name, part: entry.name))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try reader.read(into: buffer)
            if count == 0 { break }
            try parser.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        try parser.finish()
        return parser.handler.pointee
    }

    private func check() throws {
        if let failure = context.pointee.failure { throw failure }
        if parser.pointee.wellFormed == 0 {
            throw ImportError(.badData, .malformedXML, "malformed XML", at: context.pointee.currentPosition)
        }
    }
}

/// Where a pulling parser's bytes come from: the next chunk, valid until the next call; `nil` at the end.
typealias XMLChunkSource = () throws -> UnsafeRawBufferPointer?

/// A pulling parser's source, as libxml2's read callback sees it: it copies out each chunk in the
/// pieces libxml2 asks for. A failure is recorded as the parse's first and reads as the end of the
/// part (an error returned to libxml2 would be printed to stderr).
private final class Pull {
    private let source: XMLChunkSource
    private let context: UnsafeMutablePointer<XMLParseContext>
    private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    private var ended = false

    init(source: @escaping XMLChunkSource, context: UnsafeMutablePointer<XMLParseContext>) {
        self.source = source
        self.context = context
    }

    /// Fills `buffer` with up to `length` bytes, short only at the end of the part: libxml2 reads the
    /// XML declaration from what the first call returns.
    func read(into buffer: UnsafeMutablePointer<CChar>?, length: Int) -> Int32 {
        guard let buffer else { return 0 }
        var filled = 0
        while filled < length, !ended {
            if chunk.isEmpty {
                do {
                    guard let next = try source() else {
                        ended = true
                        break
                    }
                    chunk = next
                } catch {
                    ended = true
                    context.pointee.record(
                        error as? ImportError ?? ImportError(.io, .readFailed, "read failed", at: context.pointee.position))
                    break
                }
            }
            let count = min(length - filled, chunk.count)
            UnsafeMutableRawPointer(buffer + filled).copyMemory(from: chunk.baseAddress!, byteCount: count)
            chunk = UnsafeRawBufferPointer(rebasing: chunk[count...])
            filled += count
        }
        return Int32(filled)
    }
}

/// libxml2's one-time global set-up, done before the first parser is created.
private let initializeXMLLibrary: Void = xmlInitParser()
