/// A stable, kebab-case identifier of a kind of problem (`ragged-row`, `unterminated-quote`).
///
/// Codes are the contract with users and scripts: they never change meaning once released.
/// The catalog below grows by extension; it is not a closed enum.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// MARK: - Reading files

extension DiagnosticCode {
    /// The file does not exist or cannot be opened.
    public static let cannotOpen: Self = "cannot-open"
    /// Reading the file failed part-way.
    public static let readFailed: Self = "read-failed"
    /// A NUL byte in delimited text.
    public static let nulByte: Self = "nul-byte"
    /// A quoted field that never closes.
    public static let unterminatedQuote: Self = "unterminated-quote"
    /// A field larger than the configured limit.
    public static let fieldTooLarge: Self = "field-too-large"
    /// A record larger than the configured limit, or with too many fields.
    public static let recordTooLarge: Self = "record-too-large"
    /// Bytes that are not valid in the forced encoding.
    public static let invalidEncoding: Self = "invalid-encoding"
    /// The file was not valid UTF-8 and was read as Windows-1252.
    public static let windows1252Fallback: Self = "encoding-windows-1252"
    /// Both UTF-8 and Windows-1252 text in one file.
    public static let mixedEncoding: Self = "mixed-encoding"
    /// UTF-16 text without a byte-order mark.
    public static let utf16WithoutBOM: Self = "utf16-without-bom"
    /// A record with a different number of cells from the header.
    public static let raggedRow: Self = "ragged-row"
    /// A header cell that repeats an earlier one.
    public static let duplicateHeader: Self = "duplicate-header"
    /// An empty header cell above a column that holds values.
    public static let blankHeader: Self = "blank-header"
    /// A file of a kind the tool cannot read (an OLE2 document that is neither a legacy .xls nor an encrypted workbook).
    public static let unsupportedFormat: Self = "unsupported-format"
    /// A file with no records.
    public static let emptyFile: Self = "empty-file"
}

// MARK: - Mapping

extension DiagnosticCode {
    /// A mapping file that cannot be used.
    public static let invalidMappingFile: Self = "invalid-mapping-file"
    /// No row near the top of the file looks like a header.
    public static let headerNotFound: Self = "header-not-found"
    /// No column holds the client name (nor a person's given and family names).
    public static let noNameColumn: Self = "no-name-column"
    /// Two columns map to a field that takes one.
    public static let duplicateMapping: Self = "duplicate-mapping"
    /// A column nothing reads.
    public static let unmappedColumn: Self = "unmapped-column"
    /// A title, total or footer row of a report export, skipped.
    public static let nonDataRowSkipped: Self = "non-data-row-skipped"
}

// MARK: - Records

extension DiagnosticCode {
    /// A row without a client name (nor a person's name to make one from).
    public static let missingClientName: Self = "missing-client-name"
    /// A row whose contact has no name; Ignition's import requires one on every row.
    public static let missingContactName: Self = "missing-contact-name"
    /// A row whose contact has no email; Ignition's import requires one on every row.
    public static let missingContactEmail: Self = "missing-contact-email"
    /// A name longer than a downstream app accepts.
    public static let nameTooLong: Self = "name-too-long"
    /// A name with a character QuickBooks Online rejects (`:`, tab, line break, `"`).
    public static let nameCharacterRejected: Self = "name-character-rejected"
    /// A value longer than Ignition, Xero or QuickBooks accepts for its field.
    public static let valueTooLong: Self = "value-too-long"
    /// A name that starts like a spreadsheet formula (`=`, `+`, `-`, `@`), which CSV output neutralises.
    public static let nameLooksLikeFormula: Self = "name-looks-like-formula"
    /// One client ID on rows of different clients.
    public static let duplicateClientID: Self = "duplicate-client-id"
    /// A number Excel turned into scientific notation (`6.14E+10`) in a phone or id column.
    public static let scientificNotation: Self = "excel-scientific-notation"
    /// A date cell where text was expected (Excel turned the value into a date).
    public static let dateInTextColumn: Self = "excel-date-in-text-column"
    /// A number cell where text was expected (a leading zero may be lost).
    public static let numberInTextColumn: Self = "excel-number-in-text-column"
    /// A client archived or inactive in its source app.
    public static let inactiveClient: Self = "inactive-client"
    /// A QuickBooks sub-customer (`Parent:Child`), not a client of its own.
    public static let subCustomerSkipped: Self = "sub-customer-skipped"
    /// Rows of one client whose client-level values disagree; the first row's are kept.
    public static let conflictingClientValues: Self = "conflicting-client-values"
}

// MARK: - Dedupe

extension DiagnosticCode {
    /// A reference export whose kind (Xero, QuickBooks, XPM) was not recognised.
    public static let unrecognisedReference: Self = "unrecognised-reference"
    /// A client matched only uncertainly: a person should look before it is linked.
    public static let matchNeedsReview: Self = "match-needs-review"
    /// A client matched to an archived or inactive reference.
    public static let matchedInactiveReference: Self = "matched-inactive-reference"
}
