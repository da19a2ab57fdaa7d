// MARK: - Normalizing cells

extension DiagnosticCode {
    // Text

    /// Control characters (C0/C1, other than line breaks and tabs) were removed from text.
    public static let textControlCharactersRemoved: Self = "text-control-characters-removed"
    /// Zero-width characters (U+200B-U+200D, U+2060, U+FEFF) were removed from text.
    public static let textInvisibleCharactersRemoved: Self = "text-invisible-characters-removed"
    /// A single-line field held line breaks; its lines were joined with spaces.
    public static let textLineBreaksJoined: Self = "text-line-breaks-joined"

    // Email

    /// An email cell that is not an address; kept as given.
    public static let emailInvalid: Self = "email-invalid"
    /// An email cell holding several addresses; the first was kept.
    public static let emailMultipleAddresses: Self = "email-multiple-addresses"
    /// An address taken out of a display-name, `mailto:`, bracket or comment form.
    public static let emailExtracted: Self = "email-extracted"
    /// An address longer than the target system allows (QuickBooks Online: 100 characters).
    public static let emailOverLengthLimit: Self = "email-over-length-limit"

    // Phone

    /// A phone number kept as given: no country, or a country this tool cannot format for.
    public static let phoneNotNormalized: Self = "phone-not-normalized"
    /// A phone number kept as given: wrong length or characters for its country.
    public static let phoneInvalid: Self = "phone-invalid"
    /// A phone number that a spreadsheet turned into scientific notation (`6.14E+10`); digits are lost.
    public static let phoneScientificNotation: Self = "phone-scientific-notation"
    /// A number with no international form used domestically (AU `1300`, `1800`, `13 xx xx`; NZ `0800`).
    public static let phoneNationalOnly: Self = "phone-national-only"
    /// An extension (`x123`, `ext. 123`) moved out of the number into its own field.
    public static let phoneExtensionSeparated: Self = "phone-extension-separated"
    /// A national number missing its leading 0 (a spreadsheet read it as a number); the 0 was assumed.
    public static let phoneLeadingZeroRestored: Self = "phone-leading-zero-restored"

    // Country

    /// A country cell that names no known country; kept as given.
    public static let countryUnknown: Self = "country-unknown"

    // Postcode

    /// A postcode that is not valid for its country; kept as given.
    public static let postcodeInvalid: Self = "postcode-invalid"
    /// A postcode that lost its leading zero in a spreadsheet; the zero was put back.
    public static let postcodeLeadingZeroRestored: Self = "postcode-leading-zero-restored"

    // Website

    /// A website cell that is not a web address; kept as given.
    public static let websiteInvalid: Self = "website-invalid"

    // State

    /// A state or territory that is not one of the country's; kept as given.
    public static let stateUnknown: Self = "state-unknown"
}
