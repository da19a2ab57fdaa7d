#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pulls rows out of a worksheet part, with memory bounded whatever the sheet's size.
///
/// On one thread, it takes an inflated chunk, pushes it to the SAX parser, and hands out the rows it
/// completed before taking more. In the background, a second thread parses (pulling from a third that
/// inflates) ahead, handing rows over in batches through a ``RowHandoff``, while this one makes
/// shared strings text and hands rows out.
final class WorksheetReader {
    private enum Source {
        case inline(WorksheetParsing)
        case background(RowHandoff, pthread_t)
    }

    private let source: Source
    /// The rows being handed out.
    private var batch: RowQueue
    private let file: String
    private let sheet: String
    private var finished = false
    /// An error met while parsing ahead, thrown once the rows before it are out.
    private var failure: (any Error)?

    init(entry: ZipEntry, in archive: ZipArchive, handler: WorksheetHandler, chunkSize: Int, inBackground: Bool) throws {
        file = handler.file
        sheet = handler.sheet
        let inBackground = inBackground && BackgroundInflater.isWorthwhile
        let parsing = try WorksheetParsing(
            entry: entry, in: archive, handler: handler, chunkSize: min(max(chunkSize, 1), 1 << 20),
            inBackground: inBackground)
        guard inBackground else {
            batch = parsing.parser.handler.pointee.queue
            source = .inline(parsing)
            return
        }
        // Up to 16 K rows (about 10 MB for 15 columns): room to parse ahead while the shared strings are read.
        let handoff = RowHandoff(strings: handler.queue.strings, limit: 32)
        batch = RowQueue(strings: handler.queue.strings)
        parsing.parser.handler.pointee.rowEnded = { queue throws(ImportError) in
            if queue.completeRows >= WorksheetParsing.batchRows { queue = try handoff.publish(queue) }
        }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(WorksheetParsing.Job(parsing: parsing, handoff: handoff)).toOpaque()
        guard pthread_create(&thread, nil, { context in
            Unmanaged<WorksheetParsing.Job>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context) == 0 else {
            Unmanaged<WorksheetParsing.Job>.fromOpaque(context).release()
            throw ImportError(.io, .readFailed, "could not start a thread to parse the workbook")
        }
        source = .background(handoff, thread)
    }

    deinit {
        if case .background(let handoff, let thread) = source {
            handoff.cancel()
            pthread_join(thread, nil)
        }
    }

    func nextRow() throws -> RawRow? {
        while true {
            if let (number, cells) = batch.popRow() {
                return RawRow(cells: cells, position: SourcePosition(file: file, sheet: sheet, row: number))
            }
            if let failure { throw failure }
            if finished { return nil }
            do {
                switch source {
                case .inline(let parsing):
                    finished = try !parsing.parseNextChunk()
                case .background(let handoff, _):
                    if let next = try handoff.next(returning: batch) { batch = next } else { finished = true }
                }
            } catch {
                finished = true
                failure = error
            }
        }
    }
}

/// A worksheet's parser and where its inflated chunks come from: pushed from this thread a chunk at
/// a time, or, on a thread of its own, pulling them from a second one inflating ahead.
final class WorksheetParsing {
    /// How many rows the parsing thread hands over at a time.
    static let batchRows = 512

    let parser: XMLSAXParser<WorksheetHandler>
    /// The buffer chunks are inflated into for pushing; `nil` when the parser pulls.
    private let pushing: (reader: ZipEntryReader, buffer: UnsafeMutableRawBufferPointer)?

    init(entry: ZipEntry, in archive: ZipArchive, handler: WorksheetHandler, chunkSize: Int, inBackground: Bool) throws {
        let position = SourcePosition(file: handler.file, sheet: handler.sheet, part: entry.name)
        let reader = try archive.reader(for: entry)
        if inBackground {
            let inflater = try BackgroundInflater(reader, chunkSize: chunkSize)
            parser = try XMLSAXParser(handler: handler, position: position, pulling: { try inflater.next() })
            pushing = nil
        } else {
            parser = try XMLSAXParser(handler: handler, position: position)
            pushing = (reader, .allocate(byteCount: chunkSize, alignment: 16))
        }
    }

    deinit {
        pushing?.buffer.deallocate()
    }

    /// Inflates and pushes the next chunk; `false` once the part has ended (and parsed whole).
    func parseNextChunk() throws -> Bool {
        guard let (reader, buffer) = pushing else { preconditionFailure("a pulling parser reads the part whole") }
        let count = try reader.read(into: buffer)
        guard count > 0 else {
            try parser.finish()
            return false
        }
        try parser.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        return true
    }

    /// The parsing thread's work: the whole part, handed over in batches.
    final class Job: @unchecked Sendable {
        private let parsing: WorksheetParsing
        private let handoff: RowHandoff

        init(parsing: WorksheetParsing, handoff: RowHandoff) {
            self.parsing = parsing
            self.handoff = handoff
        }

        func run() {
            let ending = Result { try parsing.parser.parseAll() }
            handoff.finish(parsing.parser.handler.pointee.queue, ending)
        }
    }
}
