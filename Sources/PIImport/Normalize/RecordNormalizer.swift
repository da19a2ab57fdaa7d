/// Cleans one cell's text for the field it fills, and reports what it changed: white space and
/// Unicode for every value, then emails, phones (E.164 where the country is known), countries,
/// postcodes and websites by their rules. Every value then passes the tax-number redactor; a
/// company-number value keeps a public number (ABN, ACN, NZBN...) and is dropped whole when it holds
/// a secret one.
public struct RecordNormalizer: Sendable {
    /// A cleaned value: nil when nothing is left.
    public struct Cleaned: Sendable {
        public var value: String?
        public var diagnostics: [Diagnostic]
        /// How many tax numbers were removed from the text.
        public var redactions: Int
    }

    private let redactor = TaxNumberRedactor()
    /// The country (ISO alpha-2) assumed for phone numbers when a row names none.
    public let defaultCountry: String?

    public init(defaultCountry: String? = nil) {
        self.defaultCountry = defaultCountry
    }

    /// - Parameter country: the row's country (ISO alpha-2), for phones and postcodes.
    public func clean(_ text: String, field: ClientField, country: String?, at place: CellPosition) -> Cleaned {
        var omission = DiagnosticOmission()
        var diagnostics: [Diagnostic] = []
        let cleaned = clean(text, field: field, country: country, at: place, omission: &omission, into: &diagnostics)
        return Cleaned(value: cleaned.value, diagnostics: diagnostics, redactions: cleaned.redactions)
    }

    /// ``clean(_:field:country:at:)``, appending the diagnostics to `diagnostics` (one buffer for a whole
    /// row) and counting in `omission` the notes whose code is past the report's cap instead of making
    /// them diagnostics.
    func clean(
        _ text: String, field: ClientField, country: String?, at place: CellPosition,
        omission: inout DiagnosticOmission, into diagnostics: inout [Diagnostic]
    ) -> (value: String?, redactions: Int) {
        let rule = Rule(field)
        if case .text(let lines) = rule, Self.needsNothing(text, lines: lines) { return (text, 0) }
        let normalized = normalize(Self.withoutNeutralisingQuote(text), rule: rule, country: country)
        for note in normalized.notes where omission.builds(note.code, note.severity) {
            var diagnostic = note.diagnostic(at: place.position)
            diagnostic.field = field.path
            diagnostics.append(diagnostic)
        }
        let value = normalized.value
        guard !value.isEmpty else { return (nil, 0) }
        // Most values (emails, E.164 numbers, postcodes, country names) stop here, before the redactor
        // (which asks the same first; a value past here is asked twice, which is cheap).
        guard TaxNumberRedactor.mayHoldTaxNumber(value) else { return (value, 0) }
        if field == .companyNumber || field == .businessNumber {
            let kinds = TaxNumberChecksum.kinds(of: value)
            if kinds.contains(where: { !$0.isSecret }) || !redactor.containsTaxNumber(value) { return (value, 0) }
            diagnostics.append(Self.redactedNote(1, field: field, at: place))
            return (nil, 1)
        }
        let redacted = redactor.redact(value)
        guard redacted.removed > 0 else { return (value, 0) }
        diagnostics.append(Self.redactedNote(redacted.removed, field: field, at: place))
        return (redacted.text, redacted.removed)
    }

    /// Which normalizer cleans a field.
    enum Rule: Hashable {
        case email, phone, country, postcode, website
        /// Text with no rule of its own: the text cleaner, reading line breaks as this.
        case text(TextCleaner.LineMode)

        @inline(__always)
        init(_ field: ClientField) {
            switch field {
            case .contact(.email), .clientEmail, .extraContact(_, .email): self = .email
            case .phone, .fax, .contact(.phone), .contact(.mobile): self = .phone
            case .address(.country), .postalAddress(.country): self = .country
            case .address(.postcode), .postalAddress(.postcode): self = .postcode
            case .website: self = .website
            case .notes, .address(.lines), .postalAddress(.lines): self = .text(.multiLine)
            default: self = .text(.singleLine)
            }
        }
    }

    private func normalize(_ text: String, rule: Rule, country: String?) -> Normalized<String> {
        switch rule {
        case .email:
            return EmailNormalizer.normalize(text)
        case .phone:
            let phone = PhoneNormalizer.normalize(text, country: country, defaultCountry: defaultCountry)
            let number = phone.value.extensionNumber.map { phone.value.number + " x" + $0 } ?? phone.value.number
            return Normalized(number, notes: phone.notes)
        case .country:
            return CountryNames.normalize(text)
        case .postcode:
            return PostcodeNormalizer.normalize(text, country: country)
        case .website:
            return WebsiteNormalizer.normalize(text)
        case .text(let lines):
            return TextCleaner.clean(text, lines: lines)
        }
    }

    /// Whether a text field's cell comes through cleaning unchanged and without notes, judged in one
    /// look at its bytes: not empty, clean (``TextCleaner/isClean(_:multiLine:)``: ASCII and scalars U+00C0-U+02FF),
    /// no neutralising quote in front, and nothing the tax-number scan could find
    /// (``TaxNumberRedactor/mayHoldTaxNumber(_:)``). Most names, streets and cities are.
    static func needsNothing(_ text: String, lines: TextCleaner.LineMode) -> Bool {
        StringBytes.withBytes(text) { needsNothing($0, lines: lines) }
    }

    /// ``needsNothing(_:lines:)`` for a cell's UTF-8.
    @inline(__always)
    static func needsNothing(_ bytes: UnsafeBufferPointer<UInt8>, lines: TextCleaner.LineMode) -> Bool {
        guard !bytes.isEmpty, let digits = TextCleaner.digitsIfClean(bytes, multiLine: lines == .multiLine) else {
            return false
        }
        // The pre-check says no to fewer digits than this without reading the text again.
        return !startsWithNeutralisingQuote(bytes)
            && (digits < TaxNumberRedactor.fewestDigitsMasked || !TaxNumberRedactor.mayHoldTaxNumber(bytes))
    }

    /// Whether cleaning a cell of `rule` whose UTF-8 is `bytes`, in a row of `country`, finds nothing: no
    /// note and no tax number, whatever value it gives. Judged in one look, for cells whose values are not
    /// read (only what cleaning finds is); false when one look cannot tell.
    @inline(__always)
    func findsNothing(_ bytes: UnsafeBufferPointer<UInt8>, rule: Rule, country: String?) -> Bool {
        switch rule {
        case .text(let lines):
            return Self.needsNothing(bytes, lines: lines)
        case .country:
            // Codes and names in the table, and the names it gives, hold no digit (so no tax number).
            return CountryNames.isExactName(bytes)
        case .postcode:
            return Self.needsNothing(bytes, lines: .singleLine) && PostcodeNormalizer.isKept(bytes, country: country)
        case .website:
            // A canonical address is kept as given, and starts with its scheme (no neutralising quote).
            return WebsiteNormalizer.isCanonical(bytes) && !TaxNumberRedactor.mayHoldTaxNumber(bytes)
        case .phone:
            return PhoneNormalizer.isQuiet(bytes, country: country, defaultCountry: defaultCountry)
        case .email:
            return false
        }
    }

    /// A cell fed back from a rejects file (or any CSV written against spreadsheet formula injection)
    /// starts with the `'` that neutralised a leading `=`, `+`, `-` or `@`: the value is what follows.
    @inline(__always)
    static func withoutNeutralisingQuote(_ text: String) -> String {
        let quoted = StringBytes.withBytes(text) { startsWithNeutralisingQuote($0) }
        return quoted ? String(text.dropFirst()) : text
    }

    @inline(__always)
    static func startsWithNeutralisingQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "'") else { return false }
        switch bytes[1] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"): return true
        default: return false
        }
    }

    private static func redactedNote(_ count: Int, field: ClientField, at place: CellPosition) -> Diagnostic {
        Diagnostic(
            .taxNumberRedacted, .info, at: place.position,
            count == 1 ? "a tax number was removed from this cell" : "\(count) tax numbers were removed from this cell",
            field: field.path)
    }
}
