// MARK: - Privacy

extension DiagnosticCode {
    /// A column whose header names a tax number (TFN, IRD, SSN, Tax ID…) was dropped whole.
    /// Info: the message names the column, never a value.
    public static let taxColumnDropped: Self = "tax-column-dropped"
    /// A value of Xero's Australian `TaxNumber` column that is not a valid ABN was dropped
    /// (keep-valid-ABN policy).
    public static let taxNumberNotABN: Self = "tax-number-not-abn"
    /// A tax number was found in free text and replaced by `[tax number removed]`.
    /// The message gives the column and the count, never the number.
    public static let taxNumberRedacted: Self = "tax-number-redacted"
}
