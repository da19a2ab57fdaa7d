/// Pulls rows out of a worksheet part: inflates a chunk, feeds it to the SAX parser, and hands out
/// the rows it completed before inflating more, so memory stays bounded whatever the sheet's size.
final class WorksheetReader {
    private let entry: ZipEntryReader
    private let parser: XMLPushParser<WorksheetHandler>
    private let buffer: UnsafeMutableRawBufferPointer
    private let file: String
    private let sheet: String
    private var finished = false
    /// An error met while parsing ahead, thrown once the rows before it are out.
    private var failure: (any Error)?

    init(entry: ZipEntry, in archive: ZipArchive, handler: WorksheetHandler, chunkSize: Int) throws {
        self.entry = try archive.reader(for: entry)
        file = handler.file
        sheet = handler.sheet
        parser = try XMLPushParser(
            handler: handler, position: SourcePosition(file: handler.file, sheet: handler.sheet, part: entry.name))
        buffer = .allocate(byteCount: min(max(chunkSize, 1), 1 << 20), alignment: 16)
    }

    deinit {
        buffer.deallocate()
    }

    func nextRow() throws -> RawRow? {
        while true {
            if let (number, cells) = parser.handler.pointee.queue.popRow() {
                return RawRow(cells: cells, position: SourcePosition(file: file, sheet: sheet, row: number))
            }
            if let failure { throw failure }
            if finished { return nil }
            do {
                let count = try entry.read(into: buffer)
                if count == 0 {
                    finished = true
                    try parser.finish()
                } else {
                    try parser.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                }
            } catch {
                finished = true
                failure = error
            }
        }
    }
}
