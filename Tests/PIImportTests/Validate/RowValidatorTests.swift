import Testing

@testable import PIImport

@Suite struct RowValidatorTests {
    let position = SourcePosition(file: "clients.csv", row: 7, line: 8)

    func codes(_ record: ClientRecord, missingContact: Diagnostic.Severity = .error) -> [String] {
        RowValidator(missingContactSeverity: missingContact).validate(record, at: position)
            .map { "\($0.severity.rawValue) \($0.code)" }
    }

    func record(_ name: String, contact: Contact? = Contact(name: "Ann Lee", email: "ann@lee.example")) -> ClientRecord {
        ClientRecord(name: name, contacts: contact.map { [$0] } ?? [], source: RecordSource(file: "clients.csv", rows: [7]))
    }

    @Test func whatIgnitionRequiresOnEveryRow() {
        #expect(codes(record("Lee Accounting")) == [])
        #expect(codes(record("")) == ["error missing-client-name"])
        #expect(codes(record("Lee Accounting", contact: nil)) == ["error missing-contact-name", "error missing-contact-email"])
        #expect(codes(record("Lee Accounting", contact: Contact(name: "", email: "a@b.example"))) == ["error missing-contact-name"])
        #expect(
            codes(record("Lee Accounting", contact: Contact(name: "Ann")), missingContact: .warning)
                == ["warning missing-contact-email"])
    }

    @Test func whatXeroAndQuickBooksWillAccept() {
        #expect(codes(record(String(repeating: "a", count: 101))) == ["warning name-too-long"])
        #expect(codes(record(String(repeating: "a", count: 256))) == ["error name-too-long"])
        #expect(codes(record("Nusa Group:Villa Ubud")) == ["warning name-character-rejected"])
        #expect(codes(record("@Home Pty Ltd")) == ["warning name-looks-like-formula"])
        let longEmail = String(repeating: "a", count: 95) + "@x.example"
        #expect(codes(record("Lee", contact: Contact(name: "Ann", email: longEmail))) == ["warning value-too-long"])
    }

    @Test func positionsAndFieldsAreNamed() {
        let found = RowValidator().validate(record("", contact: nil), at: position)
        #expect(found.map(\.field) == ["name", "contacts.name", "contacts.email"])
        #expect(found.allSatisfy { $0.position == position })
    }

    /// A rejects file fed back carries `'` before cells that began like a formula; it is not part of the value.
    @Test func neutralisingQuoteFromARejectsFileIsDropped() {
        #expect(RecordNormalizer.withoutNeutralisingQuote("'=SUM(A1)") == "=SUM(A1)")
        #expect(RecordNormalizer.withoutNeutralisingQuote("'@Home") == "@Home")
        #expect(RecordNormalizer.withoutNeutralisingQuote("'Twas Bakery") == "'Twas Bakery")
        #expect(RecordNormalizer.withoutNeutralisingQuote("O'Brien") == "O'Brien")
    }
}
