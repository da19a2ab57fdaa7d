import Testing

@testable import PIImport

@Suite struct ColumnMapperTests {
    let mapper = ColumnMapper()

    @Test(arguments: [
        ("*ContactName", "contactname"), ("Contact Name", "contactname"), ("contact_name", "contactname"),
        ("E-mail", "email"), ("  Post Code ", "postcode"), ("Café Müller", "cafemuller"), ("ＴＦＮ", "tfn"),
        ("Account #", "account"), ("", ""),
    ])
    func headerKeys(_ header: String, _ key: String) {
        #expect(HeaderKey.make(header) == key)
    }

    @Test(arguments: [
        (["*ContactName", "EmailAddress", "FirstName", "POAddressLine1", "TaxNumber"], "xero-contacts"),
        (["*ContactName", "EmailAddress"], "xero-contacts"),
        (["ContactName", "EmailAddress", "PhoneNumber", "POAddressLine1", "POCity"], "xero-contacts"),
        (["Contact Name", "Email Address", "Phone Number"], "generic"),
        (["Client Name", "Contact Name", "Email", "Phone", "TFN"], "generic"),
        (["Customer full name", "Phone numbers", "Email", "Full name", "Bill address", "Ship address"],
            "qbo-customer-contact-list"),
        (["Customer", "Phone Numbers", "Email", "Full Name", "Billing Address", "Shipping Address"],
            "qbo-customer-contact-list"),
        (["UUID", "Name", "Email", "BusinessStructure", "TaxNumber", "ContactName"], "xpm-clients"),
        (["Client Code", "Client Name", "Business Structure", "Tax Number", "Postal Address", "PostalPostCode"],
            "xpm-clients"),
        (["Client ID", "Client Name", "Contact ID", "Contact Name", "Contact Email"], "ignition-clients"),
        (["Company", "Contact", "E-mail", "Tel", "Suburb", "State", "Zip"], "generic"),
    ])
    func recognisesTheKindOfExport(_ headers: [String], _ kind: String) {
        #expect(mapper.recogniseKind(headers).name == kind)
    }

    /// Xero's `*ContactName` is the client; Ignition's and XPM's `Contact Name` is a person.
    @Test func contactNameMeansWhatItsExportMeans() {
        let position = SourcePosition(file: "x.csv", row: 1)
        let (xero, _) = mapper.map(headers: ["*ContactName", "EmailAddress", "FirstName", "LastName"], at: position)
        #expect(xero.fields == [.name, .contact(.email), .contact(.firstName), .contact(.lastName)])
        let (ignition, _) = mapper.map(
            headers: ["Client ID", "Client Name", "Contact ID", "Contact Name", "Contact Email"], at: position)
        #expect(ignition.fields == [.id, .name, .contact(.id), .contact(.name), .contact(.email)])
    }

    @Test func genericSynonymsAndTaxColumns() {
        let headers = [
            "Organisation", "Contact Person", "E-mail", "Tel", "Cell", "Street", "Suburb", "State", "Zip", "Country",
            "TFN", "IRD Number", "Bank Account", "Favourite Colour", "Notes",
        ]
        let (map, diagnostics) = mapper.map(headers: headers, at: SourcePosition(file: "list.csv", row: 1))
        #expect(map.kind == "generic")
        #expect(
            map.fields == [
                .name, .contact(.name), .contact(.email), .phone, .contact(.mobile), .address(.lines),
                .address(.city), .address(.region), .address(.postcode), .address(.country), .taxNumber, .taxNumber,
                .sensitive, nil, .notes,
            ])
        #expect(map.droppedColumns == [11, 12, 13])
        #expect(map.report.map(\.how)[10...13] == ["dropped-tax-number", "dropped-tax-number", "dropped-sensitive", "unmapped"])
        #expect(map.report[10].field == nil)
        #expect(
            diagnostics.map { "\($0.code) \($0.position.column ?? 0)" } == [
                "tax-column-dropped 11", "tax-column-dropped 12", "unmapped-column 14",
            ])
    }

    @Test func aSecondColumnForASingleFieldIsNotRead() {
        let (map, diagnostics) = mapper.map(
            headers: ["Client Name", "Company", "Email"], at: SourcePosition(file: "list.csv", row: 1))
        #expect(map.fields == [.name, nil, .contact(.email)])
        #expect(diagnostics.map(\.code) == [.duplicateMapping])
        #expect(diagnostics.first?.position.columnName == "Company")
    }

    @Test func mappingFileOverridesAndExtends() {
        let user = MappingFile(
            name: "my-crm", columns: ["Company": "ignore", "Entity": "name", "Favourite Colour": "notes", "Ref": "id"])
        let (map, _) = ColumnMapper(userMapping: user).map(
            headers: ["Company", "Entity", "Favourite Colour", "Ref", "Email"], at: SourcePosition(file: "a.csv", row: 1))
        #expect(map.kind == "my-crm")
        #expect(map.fields == [nil, .name, .notes, .id, .contact(.email)])
        #expect(map.report.map(\.how) == ["ignored", "mapping-file", "mapping-file", "mapping-file", "synonym"])
    }

    @Test func headerRowIsFoundBelowTitleRows() throws {
        let reader = try CSVReader(path: TestPaths.samples.appendingPathComponent("qbo-customer-contact-list.csv").path)
        var rows: [RawRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        #expect(HeaderRowDetector.headerIndex(in: rows, mapper: mapper) == 3)
        #expect(rows[3].position.row == 4)
    }

    @Test func everyFieldPathRoundTrips() {
        for field in ClientField.all {
            #expect(ClientField(path: field.path) == field)
        }
        #expect(ClientField(path: "taxFileNumber") == nil)
    }
}
