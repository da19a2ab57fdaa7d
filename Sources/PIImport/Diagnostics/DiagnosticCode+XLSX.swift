// MARK: - Reading workbooks

extension DiagnosticCode {
    /// The file is not a ZIP archive, so not an .xlsx workbook.
    public static let notAZip: Self = "not-a-zip"
    /// The ZIP archive ends early (an interrupted download or copy).
    public static let truncatedZip: Self = "truncated-zip"
    /// The ZIP archive's structure is damaged: bad signatures, offsets outside the file, bad deflate data.
    public static let corruptZip: Self = "corrupt-zip"
    /// The ZIP archive uses something workbooks never need: ZIP encryption, another compression method, several disks.
    public static let unsupportedZipFeature: Self = "unsupported-zip-feature"
    /// A part's inflated bytes do not match the CRC-32 its header records.
    public static let crcMismatch: Self = "crc-mismatch"
    /// A part inflates to a different size from the one its header records.
    public static let entrySizeMismatch: Self = "entry-size-mismatch"
    /// Two entries of the archive have the same name (compared case-insensitively, `\` as `/`).
    public static let duplicateEntry: Self = "duplicate-entry"
    /// A part compresses far better than real spreadsheets do: a decompression bomb.
    public static let zipBomb: Self = "zip-bomb"
    /// A part would inflate past the per-part limit (its declared size, which it may not exceed, is larger).
    public static let partTooLarge: Self = "part-too-large"
    /// The parts read from the workbook inflate past the total limit.
    public static let workbookTooLarge: Self = "workbook-too-large"
    /// A part declares a DOCTYPE, which OOXML never needs and entity attacks rely on.
    public static let xmlDoctype: Self = "xml-doctype"
    /// A part is not well-formed XML.
    public static let malformedXML: Self = "malformed-xml"
    /// A part that the package refers to (or needs) is not in the archive.
    public static let missingPart: Self = "missing-part"
    /// The package's main document is not a workbook (a Word or PowerPoint file renamed, say).
    public static let notAWorkbook: Self = "not-a-workbook"
    /// A cell refers to a shared string that does not exist.
    public static let sharedStringOutOfRange: Self = "shared-string-out-of-range"
    /// A cell or row reference beyond XFD1048576.
    public static let cellReferenceOutOfRange: Self = "cell-reference-out-of-range"
    /// A cell reference that is not of the form `A1`.
    public static let invalidCellReference: Self = "invalid-cell-reference"
    /// A cell value that does not fit its type (a number cell holding `abc`, a bad ISO date).
    public static let invalidCellValue: Self = "invalid-cell-value"
    /// A legacy Excel 97-2003 workbook (.xls).
    public static let legacyXLS: Self = "legacy-xls"
    /// A password-protected (encrypted) workbook.
    public static let encryptedWorkbook: Self = "encrypted-workbook"
    /// The requested sheet is not in the workbook, or the workbook has no worksheet.
    public static let sheetNotFound: Self = "sheet-not-found"
}
