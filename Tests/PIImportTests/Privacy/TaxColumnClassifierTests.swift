import Testing

@testable import PIImport

extension PrivacyTests {
    @Suite struct TaxColumnClassifierTests {
        static let taxHeaders = [
            // Xero contacts CSV and API
            "TaxNumber", "*TaxNumber", "TaxNumberType", "Tax Number Type",
            // QBO
            "Tax ID", "TaxID", "Tax Id", "PrimaryTaxIdentifier", "SecondaryTaxIdentifier", "Primary Tax Identifier",
            // XPM API and UI
            "IRDNumber", "IRD Number", "IRD No.", "IRD", "GSTNumber", "GST Number", "GST No", "Tax Number",
            // Generic CRM and practice spreadsheets
            "Tax File Number", "TAX FILE NUMBER", "tax_file_number", "tax-file-no", "TFN", "T.F.N.", "Client TFN",
            "TFN #", "Tax #", "Tax No.", "Taxpayer ID", "Tax Reg No", "Tax Registration Number",
            "UTR", "Unique Taxpayer Reference", "UTR Number", "NI Number", "NINO", "NI", "N.I. Number",
            "National Insurance Number", "national_insurance_no", "SSN", "Social Security Number", "Social Security #",
            "SIN", "SIN #", "Social Insurance Number", "ITIN", "ATIN", "EIN", "Employer Identification Number",
            "TIN", "taxnumber", "taxfilenumber", "  * Tax File Number  ", "TFN / ABN", "Spouse SSN",
            "GST Registration Number", "Taxpayer Identification Number", "E.I.N.", "SIN/BN",
        ]

        static let ordinaryHeaders = [
            "*ContactName", "Business", "Singapore", "Cousin", "Since", "Basin St", "Business Structure",
            "BusinessStructure", "GST Registered", "GSTRegistered", "Tax Rate", "Tax Code", "Tax Type", "Taxable",
            "Sales Tax", "Tax", "AccountsReceivableTaxType", "Default Tax Code Name", "Tax Exempt", "Resale Number",
            "Email", "EmailAddress", "Phone", "Account Number", "AccountNumber", "Client ID", "Contact ID", "Id",
            "Notes", "Address Line 1", "Postal Code", "Sinclair", "Nina", "Uni", "Einstein", "Titan", "Irda",
            "Utrecht", "Tinned Goods", "Date of Birth", "Tax Year", "Tax Agent", "Income Tax Return",
            "Provisional Tax", "GST Period", "GST Basis",
        ]

        static let publicHeaders: [(String, TaxIdentifierKind?)] = [
            ("ABN", .auABN), ("ACN", .auACN), ("ARBN", .auACN), ("NZBN", .nzNZBN), ("Company Number", nil),
            ("CompanyNumber", nil), ("Business Number", .auABN), ("BusinessNumber", .auABN), ("VAT", .ukVAT),
            ("VAT Number", .ukVAT), ("VATNumber", .ukVAT), ("BN", .caBN), ("GST/HST Number", .caBN),
            ("Company Reg No", nil), ("ABN Number", .auABN), ("VAT Registration Number", .ukVAT),
        ]

        @Test(arguments: taxHeaders)
        func taxColumns(_ header: String) {
            #expect(TaxColumnClassifier().classify(header) == .taxNumber)
            #expect(TaxColumnClassifier().isTaxColumn(header))
        }

        @Test(arguments: ordinaryHeaders)
        func ordinaryColumns(_ header: String) {
            #expect(TaxColumnClassifier().classify(header) == .ordinary)
            #expect(!TaxColumnClassifier().isTaxColumn(header))
        }

        @Test(arguments: publicHeaders)
        func publicColumns(_ header: String, _ kind: TaxIdentifierKind?) {
            #expect(TaxColumnClassifier().classify(header) == .publicIdentifier(kind))
            #expect(!TaxColumnClassifier().isTaxColumn(header))
        }

        @Test func xeroAustralianTaxNumberPolicy() {
            let classifier = TaxColumnClassifier(taxNumberPolicy: .keepValidABN)
            #expect(classifier.classify("TaxNumber") == .taxNumberKeepingValidABN)
            #expect(classifier.classify("Tax Number") == .taxNumberKeepingValidABN)
            #expect(classifier.classify("TaxNumberType") == .taxNumber)
            #expect(classifier.classify("Tax File Number") == .taxNumber)
            #expect(classifier.classify("TFN") == .taxNumber)
            let column = classifier.classify("TaxNumber")
            #expect(!column.dropsColumn)
            #expect(column.admits("51 824 753 556"))
            #expect(column.admits("53004085616"))
            #expect(!column.admits("865 414 088"))
            #expect(!column.admits("51 824 753 557"))
            #expect(!column.admits("49-091-850"))
            #expect(!column.admits(""))
        }

        @Test func defaultPolicyDropsTaxNumber() {
            let column = TaxColumnClassifier().classify("TaxNumber")
            #expect(column.dropsColumn)
            #expect(!column.admits("51 824 753 556"))
            #expect(TaxColumnClassification.ordinary.admits("anything"))
            #expect(TaxColumnClassification.publicIdentifier(.auABN).admits("51 824 753 556"))
        }

        @Test func publicColumnsRejectTaxNumbers() {
            let abn = TaxColumnClassification.publicIdentifier(.auABN)
            #expect(abn.admits("51 824 753 556"))
            #expect(abn.admits("51 824 753 557"))  // a typo, but no tax number
            #expect(!abn.admits("865 414 088"))
            let acn = TaxColumnClassification.publicIdentifier(.auACN)
            #expect(acn.admits("004 085 616"))
            #expect(acn.admits("004 085 796"))  // valid ACN and valid TFN: the column says ACN
            #expect(!acn.admits("865 414 088"))
            let company = TaxColumnClassification.publicIdentifier(nil)
            #expect(company.admits("SC123456"))
            #expect(company.admits("01234567"))
            #expect(!company.admits("AB 12 34 56 C"))
        }

        @Test func tokens() {
            #expect(TaxColumnClassifier.tokens(of: "*PrimaryTaxIdentifier") == ["primary", "tax", "identifier"])
            #expect(TaxColumnClassifier.tokens(of: "IRDNumber") == ["ird", "number"])
            #expect(TaxColumnClassifier.tokens(of: "T.F.N. #") == ["tfn", "no"])
            #expect(TaxColumnClassifier.tokens(of: "Address Line1") == ["address", "line", "1"])
            #expect(TaxColumnClassifier.tokens(of: "GSTRegistered") == ["gst", "registered"])
            #expect(TaxColumnClassifier.tokens(of: "") == [])
        }
    }
}
