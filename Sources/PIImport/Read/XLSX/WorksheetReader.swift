/// Pulls rows out of a worksheet part: takes an inflated chunk, feeds it to the SAX parser, and hands
/// out the rows it completed before taking more, so memory stays bounded whatever the sheet's size.
final class WorksheetReader {
    /// Where inflated chunks come from: this thread, or a second one working ahead.
    private enum Chunks {
        case inline(ZipEntryReader, UnsafeMutableRawBufferPointer)
        case background(BackgroundInflater)
    }

    private let chunks: Chunks
    private let parser: XMLPushParser<WorksheetHandler>
    private let file: String
    private let sheet: String
    private var finished = false
    /// An error met while parsing ahead, thrown once the rows before it are out.
    private var failure: (any Error)?

    init(entry: ZipEntry, in archive: ZipArchive, handler: WorksheetHandler, chunkSize: Int, inBackground: Bool) throws {
        file = handler.file
        sheet = handler.sheet
        parser = try XMLPushParser(
            handler: handler, position: SourcePosition(file: handler.file, sheet: handler.sheet, part: entry.name))
        let reader = try archive.reader(for: entry)
        let chunkSize = min(max(chunkSize, 1), 1 << 20)
        if inBackground, BackgroundInflater.isWorthwhile {
            chunks = .background(try BackgroundInflater(reader, chunkSize: chunkSize))
        } else {
            chunks = .inline(reader, .allocate(byteCount: chunkSize, alignment: 16))
        }
    }

    deinit {
        if case .inline(_, let buffer) = chunks { buffer.deallocate() }
    }

    func nextRow() throws -> RawRow? {
        while true {
            if let (number, cells) = parser.handler.pointee.queue.popRow() {
                return RawRow(cells: cells, position: SourcePosition(file: file, sheet: sheet, row: number))
            }
            if let failure { throw failure }
            if finished { return nil }
            do {
                if let chunk = try nextChunk() {
                    try parser.parse(chunk)
                } else {
                    finished = true
                    try parser.finish()
                }
            } catch {
                finished = true
                failure = error
            }
        }
    }

    private func nextChunk() throws -> UnsafeRawBufferPointer? {
        switch chunks {
        case .inline(let reader, let buffer):
            let count = try reader.read(into: buffer)
            return count == 0 ? nil : UnsafeRawBufferPointer(rebasing: buffer[0..<count])
        case .background(let inflater):
            return try inflater.next()
        }
    }
}
