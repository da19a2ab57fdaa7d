/// A kind of tax or register identifier that the privacy stage recognises (domain.md section 5.1).
///
/// `isSecret` follows the policy table: secret identifiers are stripped wherever they appear;
/// public register numbers may be kept. US EIN is not a public register number and is treated as
/// secret (stripped by default).
public enum TaxIdentifierKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Australian tax file number (8 or 9 digits). Secret.
    case auTFN = "au-tfn"
    /// Australian business number (11 digits). Public.
    case auABN = "au-abn"
    /// Australian company number, also used for ARBN (9 digits). Public.
    case auACN = "au-acn"
    /// New Zealand IRD number, also an NZ GST number (8 or 9 digits). Secret.
    case nzIRD = "nz-ird"
    /// New Zealand business number (13 digits, GS1, starts `94`). Public.
    case nzNZBN = "nz-nzbn"
    /// UK unique taxpayer reference (10 digits). Secret.
    case ukUTR = "uk-utr"
    /// UK national insurance number (`AB123456C`). Secret.
    case ukNINO = "uk-nino"
    /// UK VAT registration number (9 or 12 digits, optional `GB`). Public.
    case ukVAT = "uk-vat"
    /// US social security number. Secret.
    case usSSN = "us-ssn"
    /// US individual taxpayer identification number. Secret.
    case usITIN = "us-itin"
    /// US adoption taxpayer identification number. Secret.
    case usATIN = "us-atin"
    /// US employer identification number. Not a public register: stripped by default.
    case usEIN = "us-ein"
    /// Canadian social insurance number. Secret.
    case caSIN = "ca-sin"
    /// Canadian business number (BN9 or BN15). Public.
    case caBN = "ca-bn"

    /// Whether values of this kind must never reach an output.
    public var isSecret: Bool {
        switch self {
        case .auTFN, .nzIRD, .ukUTR, .ukNINO, .usSSN, .usITIN, .usATIN, .usEIN, .caSIN: true
        case .auABN, .auACN, .nzNZBN, .ukVAT, .caBN: false
        }
    }
}
