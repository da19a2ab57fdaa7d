#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A ZIP archive read through its central directory (APPNOTE 6.3), ZIP64 included.
///
/// Entries are looked up by name case-insensitively, with `\` read as `/`; two entries with the same
/// name are an error. Parts are read through ``reader(for:)``, which counts what they inflate against
/// the ``XLSXOptions``; two parts may be read at once, on different threads.
final class ZipArchive {
    let input: RandomAccessInput
    let limits: XLSXOptions
    private(set) var entries: [ZipEntry] = []
    private var index: [String: Int] = [:]
    private var inflatedTotal = 0
    /// Guards `inflatedTotal`: the worksheet may inflate on one thread while the shared strings do on another.
    private let totalLock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }()

    /// The central directory of a workbook is a few KiB; more than this is not a workbook.
    private static let maxCentralDirectoryBytes = 16 << 20
    private static let endRecordSize = 22
    private static let endRecordSignature = 0x0605_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let zip64EndRecordSignature = 0x0606_4B50
    private static let centralHeaderSignature = 0x0201_4B50
    static let localHeaderSignature = 0x0403_4B50

    init(input: RandomAccessInput, limits: XLSXOptions) throws {
        self.input = input
        self.limits = limits
        let tailStart = max(0, input.size - Self.endRecordSize - 65_535)
        let tail = try input.bytes(at: tailStart, count: input.size - tailStart)
        guard let endInTail = Self.endRecordOffset(in: tail) else {
            let head = try input.bytes(at: 0, count: 4)
            if head.uint32(at: 0) == Self.localHeaderSignature {
                throw error(.truncatedZip, "the workbook's ZIP archive is truncated (its end is missing); "
                    + "the file may not have finished downloading or copying")
            }
            throw error(.notAZip, "not an .xlsx workbook: the file is not a ZIP archive")
        }
        let endOffset = tailStart + endInTail
        var disk = tail.uint16(at: endInTail + 4)
        var directoryDisk = tail.uint16(at: endInTail + 6)
        var entryCount = tail.uint16(at: endInTail + 10)
        var directorySize = tail.uint32(at: endInTail + 12)
        var directoryOffset = tail.uint32(at: endInTail + 16)
        var directoryLimit = endOffset
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            let locator = try input.bytes(at: endOffset - 20, count: 20)
            guard endOffset >= 20, locator.count == 20, locator.uint32(at: 0) == Self.zip64LocatorSignature else {
                throw error(.corruptZip, "the ZIP64 end-of-central-directory locator is missing")
            }
            let recordOffset = locator.uint64(at: 8)
            let record = try input.bytes(at: recordOffset, count: 56)
            guard recordOffset <= endOffset - 20 - 56, record.count == 56,
                record.uint32(at: 0) == Self.zip64EndRecordSignature
            else {
                throw error(.corruptZip, "the ZIP64 end-of-central-directory record is missing or damaged")
            }
            disk = record.uint32(at: 16)
            directoryDisk = record.uint32(at: 20)
            entryCount = record.uint64(at: 32)
            directorySize = record.uint64(at: 40)
            directoryOffset = record.uint64(at: 48)
            directoryLimit = recordOffset
        }
        guard disk == 0, directoryDisk == 0 else {
            throw error(.unsupportedZipFeature, "the ZIP archive spans several disks")
        }
        guard directoryOffset <= directoryLimit, directorySize <= directoryLimit - directoryOffset else {
            throw error(.corruptZip, "the ZIP central directory lies outside the file")
        }
        guard directorySize <= Self.maxCentralDirectoryBytes else {
            throw error(.unsupportedZipFeature, "the ZIP central directory is larger than 16 MiB")
        }
        let directory = try input.bytes(at: directoryOffset, count: directorySize)
        try readCentralDirectory(directory)
        guard entries.count == entryCount else {
            throw error(.corruptZip, "the ZIP central directory lists \(entries.count) entries; its end record says \(entryCount)")
        }
    }

    /// The entry named `name`, compared case-insensitively and with `\` as `/`.
    func entry(named name: String) -> ZipEntry? {
        index[Self.key(name)].map { entries[$0] }
    }

    /// A reader of the entry's inflated bytes.
    func reader(for entry: ZipEntry) throws -> ZipEntryReader {
        try ZipEntryReader(archive: self, entry: entry)
    }

    deinit {
        pthread_mutex_destroy(totalLock)
        totalLock.deallocate()
    }

    /// Counts bytes inflated from any part against the total limit.
    func countInflated(_ count: Int, part: String) throws {
        pthread_mutex_lock(totalLock)
        inflatedTotal += count
        let total = inflatedTotal
        pthread_mutex_unlock(totalLock)
        guard total <= limits.maxTotalBytes else {
            throw ImportError(
                .badData, .workbookTooLarge,
                "the workbook inflates to more than \(limits.maxTotalBytes) bytes in all (the limit); "
                    + "it may be a decompression bomb", at: SourcePosition(file: input.name, part: part))
        }
    }

    /// How names are compared: `\` as `/`, no leading `/`, case folded.
    static func key(_ name: String) -> String {
        var key = name.lowercased()
        if key.contains("\\") { key = String(key.map { $0 == "\\" ? "/" : $0 }) }
        while key.hasPrefix("/") { key.removeFirst() }
        return key
    }

    private func readCentralDirectory(_ directory: [UInt8]) throws {
        var offset = 0
        while offset < directory.count {
            guard offset + 46 <= directory.count, directory.uint32(at: offset) == Self.centralHeaderSignature else {
                throw error(.corruptZip, "the ZIP central directory is damaged at entry \(entries.count + 1)")
            }
            let nameLength = directory.uint16(at: offset + 28)
            let extraLength = directory.uint16(at: offset + 30)
            let commentLength = directory.uint16(at: offset + 32)
            let nameStart = offset + 46
            let end = nameStart + nameLength + extraLength + commentLength
            guard end <= directory.count else {
                throw error(.corruptZip, "the ZIP central directory is damaged at entry \(entries.count + 1)")
            }
            let rawName = Array(directory[nameStart..<nameStart + nameLength])
            var uncompressedSize = directory.uint32(at: offset + 24)
            var compressedSize = directory.uint32(at: offset + 20)
            var localHeaderOffset = directory.uint32(at: offset + 42)
            let extra = Array(directory[nameStart + nameLength..<nameStart + nameLength + extraLength])
            if let zip64 = Self.zip64Field(in: extra) {
                var cursor = 0
                func next() -> Int {
                    defer { cursor += 8 }
                    return zip64.uint64(at: cursor)
                }
                if uncompressedSize == 0xFFFF_FFFF { uncompressedSize = next() }
                if compressedSize == 0xFFFF_FFFF { compressedSize = next() }
                if localHeaderOffset == 0xFFFF_FFFF { localHeaderOffset = next() }
                guard cursor <= zip64.count else {
                    throw error(.corruptZip, "the ZIP64 sizes of entry \(entries.count + 1) are damaged")
                }
            }
            let entry = ZipEntry(
                name: String(decoding: rawName, as: UTF8.self), rawName: rawName,
                flags: directory.uint16(at: offset + 8), method: directory.uint16(at: offset + 10),
                crc32: UInt32(directory.uint32(at: offset + 16)), compressedSize: compressedSize,
                uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
            let key = Self.key(entry.name)
            guard index[key] == nil else {
                throw ImportError(
                    .badData, .duplicateEntry,
                    "the ZIP archive holds two entries named \(entry.name); a workbook's parts are unique",
                    at: SourcePosition(file: input.name, part: entry.name))
            }
            index[key] = entries.count
            entries.append(entry)
            offset = end
        }
    }

    /// The data of the ZIP64 extended-information extra field (ID 0x0001), if present.
    private static func zip64Field(in extra: [UInt8]) -> [UInt8]? {
        var offset = 0
        while offset + 4 <= extra.count {
            let id = extra.uint16(at: offset)
            let size = extra.uint16(at: offset + 2)
            let start = offset + 4
            guard start + size <= extra.count else { return nil }
            if id == 0x0001 { return Array(extra[start..<start + size]) }
            offset = start + size
        }
        return nil
    }

    /// The last end-of-central-directory signature whose comment fits in what follows it.
    private static func endRecordOffset(in tail: [UInt8]) -> Int? {
        var offset = tail.count - endRecordSize
        while offset >= 0 {
            if tail.uint32(at: offset) == endRecordSignature,
                offset + endRecordSize + tail.uint16(at: offset + 20) <= tail.count
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private func error(_ code: DiagnosticCode, _ message: String) -> ImportError {
        ImportError(.badData, code, message, at: SourcePosition(file: input.name))
    }
}
