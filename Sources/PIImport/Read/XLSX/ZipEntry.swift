/// One file of a ZIP archive as its central directory describes it.
struct ZipEntry {
    /// The name as stored (a part name such as `xl/workbook.xml`); never used as a path.
    let name: String
    /// The name's bytes as stored, to compare with the local header's.
    let rawName: [UInt8]
    /// General-purpose flags (bit 0: encrypted; bit 3: sizes in a data descriptor).
    let flags: Int
    /// 0 stored, 8 deflated.
    let method: Int
    let crc32: UInt32
    let compressedSize: Int
    let uncompressedSize: Int
    let localHeaderOffset: Int

    static let stored = 0
    static let deflated = 8
}
