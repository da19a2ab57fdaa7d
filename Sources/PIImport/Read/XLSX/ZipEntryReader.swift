internal import CPIImportZlib

/// The inflated bytes of one ZIP entry, read in caller-sized pieces straight from the file.
///
/// Nothing is trusted from the headers for allocation: the reader counts what it inflates, stops past
/// the declared size (which the per-part limit caps), at the total limit and at a bomb's compression
/// ratio, and at the end checks the size and CRC-32 the central directory recorded.
final class ZipEntryReader {
    private let archive: ZipArchive
    private let entry: ZipEntry
    private let stream: UnsafeMutablePointer<z_stream>
    /// Compressed bytes read ahead, owned here so that zlib's `next_in` stays valid between calls.
    private let input: UnsafeMutableRawBufferPointer
    private var inputOffset: Int
    private var compressedLeft: Int
    private var inflated = 0
    private var crc: UInt = 0
    private var ended = false
    private var verified = false

    private static let inputChunk = 64 << 10

    init(archive: ZipArchive, entry: ZipEntry) throws {
        self.archive = archive
        self.entry = entry
        let file = archive.input
        let part = SourcePosition(file: file.name, part: entry.name)
        guard entry.flags & 1 == 0 else {
            throw ImportError(.badData, .unsupportedZipFeature, "the part is encrypted with ZIP encryption", at: part)
        }
        guard entry.method == ZipEntry.stored || entry.method == ZipEntry.deflated else {
            throw ImportError(
                .badData, .unsupportedZipFeature, "the part uses ZIP compression method \(entry.method); "
                    + "workbooks use 0 (stored) or 8 (deflated)", at: part)
        }
        // A part may not inflate past its declared size (see `account`), so this caps what it inflates to.
        guard entry.uncompressedSize <= archive.limits.maxPartBytes else {
            throw ImportError(
                .badData, .partTooLarge, "the part says it inflates to \(entry.uncompressedSize) bytes, "
                    + "more than the limit of \(archive.limits.maxPartBytes)", at: part)
        }
        let header = try file.bytes(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30 else {
            throw ImportError(.badData, .truncatedZip, "the part's local header is cut off", at: part)
        }
        guard header.uint32(at: 0) == ZipArchive.localHeaderSignature else {
            throw ImportError(.badData, .corruptZip, "the part's local header is missing", at: part)
        }
        let nameLength = header.uint16(at: 26)
        let name = try file.bytes(at: entry.localHeaderOffset + 30, count: nameLength)
        guard name == entry.rawName else {
            throw ImportError(
                .badData, .corruptZip, "the part's local header names another entry than the central directory",
                at: part)
        }
        let dataStart = entry.localHeaderOffset + 30 + nameLength + header.uint16(at: 28)
        guard dataStart <= file.size, entry.compressedSize <= file.size - dataStart else {
            throw ImportError(.badData, .truncatedZip, "the part's data runs past the end of the file", at: part)
        }
        if entry.method == ZipEntry.stored, entry.compressedSize != entry.uncompressedSize {
            throw ImportError(
                .badData, .entrySizeMismatch, "the stored part's compressed and uncompressed sizes differ", at: part)
        }
        inputOffset = dataStart
        compressedLeft = entry.compressedSize
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: entry.method == ZipEntry.deflated ? Self.inputChunk : 0, alignment: 16)
        if entry.method == ZipEntry.deflated {
            guard cpiimport_inflateInit2(stream, -15) == Z_OK else {
                stream.deallocate()
                input.deallocate()
                throw ImportError(.io, .readFailed, "zlib could not start inflating", at: part)
            }
        }
    }

    deinit {
        if entry.method == ZipEntry.deflated { inflateEnd(stream) }
        stream.deallocate()
        input.deallocate()
    }

    /// Fills up to `buffer.count` bytes; returns 0 at the end, once the size and CRC-32 check out.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0, !verified else { return 0 }
        let count = entry.method == ZipEntry.stored ? try readStored(into: buffer) : try inflate(into: buffer)
        if count > 0 {
            try account(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        } else {
            try verify()
        }
        return count
    }

    private func readStored(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let wanted = min(buffer.count, compressedLeft)
        let count = try archive.input.read(at: inputOffset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<wanted]))
        guard count == wanted else { throw failure(.truncatedZip, "the part's data is cut off") }
        inputOffset += count
        compressedLeft -= count
        return count
    }

    private func inflate(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while !ended {
            if stream.pointee.avail_in == 0, compressedLeft > 0 {
                let wanted = min(input.count, compressedLeft)
                let count = try archive.input.read(at: inputOffset, into: UnsafeMutableRawBufferPointer(rebasing: input[0..<wanted]))
                guard count == wanted else { throw failure(.truncatedZip, "the part's data is cut off") }
                inputOffset += count
                compressedLeft -= count
                stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = UInt32(count)
            }
            stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
            let status = CPIImportZlib.inflate(stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                ended = true
            case Z_OK:
                break
            case Z_BUF_ERROR where stream.pointee.avail_in == 0 && compressedLeft == 0:
                throw failure(.truncatedZip, "the part's compressed data ends before its deflate stream does")
            case Z_BUF_ERROR:
                break
            default:
                throw failure(.corruptZip, "the part's deflate data is damaged")
            }
            if produced > 0 { return produced }
        }
        return 0
    }

    private func account(_ bytes: UnsafeRawBufferPointer) throws {
        inflated += bytes.count
        crc = crc32(crc, bytes.baseAddress!.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count))
        let limits = archive.limits
        guard inflated <= entry.uncompressedSize else {
            throw failure(.entrySizeMismatch, "the part inflates past the \(entry.uncompressedSize) bytes its header declares")
        }
        let consumed = entry.compressedSize - compressedLeft - Int(stream.pointee.avail_in)
        if entry.method == ZipEntry.deflated, inflated > limits.ratioCheckAfterBytes,
            inflated / max(1, limits.maxCompressionRatio) > consumed
        {
            throw failure(
                .zipBomb, "the part inflates more than \(limits.maxCompressionRatio) times its compressed size; "
                    + "it looks like a decompression bomb")
        }
        try archive.countInflated(bytes.count, part: entry.name)
    }

    private func verify() throws {
        guard inflated == entry.uncompressedSize else {
            throw failure(.entrySizeMismatch, "the part inflates to \(inflated) bytes; its header declares \(entry.uncompressedSize)")
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw failure(.crcMismatch, "the part's CRC-32 does not match its header: the file is damaged")
        }
        verified = true
    }

    private func failure(_ code: DiagnosticCode, _ message: String) -> ImportError {
        ImportError(.badData, code, message, at: SourcePosition(file: archive.input.name, part: entry.name))
    }
}
