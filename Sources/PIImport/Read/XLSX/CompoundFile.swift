/// Tells apart the OLE2 compound files (MS-CFB) people save spreadsheets as, by the names in the
/// file's directory: an encrypted .xlsx is a compound file holding `EncryptionInfo` and
/// `EncryptedPackage` streams; a legacy .xls holds a `Workbook` (or `Book`) stream.
enum CompoundFile {
    enum Kind: Equatable {
        case encryptedWorkbook, legacyWorkbook, other
    }

    private static let endOfChain = 0xFFFF_FFFE

    /// Reads the header and follows the directory's sector chain; anything malformed is `.other`.
    static func kind(of input: RandomAccessInput) throws -> Kind {
        let names = try directoryNames(input)
        if names.contains("EncryptionInfo") || names.contains("EncryptedPackage") { return .encryptedWorkbook }
        if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
        return .other
    }

    private static func directoryNames(_ input: RandomAccessInput) throws -> Set<String> {
        let header = try input.bytes(at: 0, count: 512)
        let shift = header.uint16(at: 0x1E)
        guard header.count == 512, shift == 9 || shift == 12 else { return [] }
        let sectorSize = 1 << shift
        let sectorCount = input.size / sectorSize
        let fatSectors = (0..<109).map { header.uint32(at: 0x4C + $0 * 4) }
        var names: Set<String> = []
        var sector = header.uint32(at: 0x30)
        var steps = 0
        while sector != endOfChain, sector < sectorCount, steps <= sectorCount {
            let directory = try input.bytes(at: (sector + 1) * sectorSize, count: sectorSize)
            for entry in stride(from: 0, to: directory.count - 127, by: 128) {
                let length = min(directory.uint16(at: entry + 0x40), 64)
                guard length >= 2 else { continue }
                let units = (0..<(length / 2 - 1)).map { UInt16(directory.uint16(at: entry + $0 * 2)) }
                names.insert(String(decoding: units, as: UTF16.self))
            }
            // The next directory sector, from the FAT sector that maps this one (the first 109 only).
            let perFATSector = sectorSize / 4
            let fatIndex = sector / perFATSector
            guard fatIndex < fatSectors.count, fatSectors[fatIndex] < sectorCount else { break }
            let fat = try input.bytes(at: (fatSectors[fatIndex] + 1) * sectorSize, count: sectorSize)
            sector = fat.uint32(at: (sector % perFATSector) * 4)
            steps += 1
        }
        return names
    }
}
