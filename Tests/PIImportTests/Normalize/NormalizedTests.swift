import Testing

@testable import PIImport

extension Normalize {
    @Suite struct NormalizedTests {
        @Test func severityIsTheWorstNote() {
            #expect(Normalized("x").severity == nil)
            let mixed = Normalized("x", notes: [.emailExtracted, .emailMultipleAddresses])
            #expect(mixed.severity == .warning)
            #expect(mixed.has(.emailExtracted))
            #expect(!mixed.has(.emailInvalid))
        }

        @Test func noteBecomesADiagnostic() {
            let position = SourcePosition(file: "clients.csv", row: 12, line: 14, column: 3, columnName: "Phone")
            let diagnostic = NormalizationNote.phoneNoCountry.diagnostic(at: position)
            #expect(diagnostic.code == .phoneNotNormalized)
            #expect(diagnostic.severity == .warning)
            #expect(diagnostic.position == position)
            #expect(diagnostic.message == "phone kept as given: no country to format it for")
            #expect(NormalizationNote.phoneNoCountry.description
                == "warning: phone kept as given: no country to format it for [phone-not-normalized]")
        }

        @Test func codesAreKebabCase() {
            let codes: [DiagnosticCode] = [
                .textControlCharactersRemoved, .textInvisibleCharactersRemoved, .textLineBreaksJoined,
                .emailInvalid, .emailMultipleAddresses, .emailExtracted, .emailOverLengthLimit,
                .phoneNotNormalized, .phoneInvalid, .phoneScientificNotation, .phoneNationalOnly,
                .phoneExtensionSeparated, .phoneLeadingZeroRestored, .countryUnknown, .postcodeInvalid,
                .postcodeLeadingZeroRestored, .websiteInvalid, .stateUnknown,
            ]
            #expect(Set(codes).count == codes.count)
            for code in codes {
                #expect(code.rawValue.allSatisfy { $0 == "-" || ($0.isLowercase && $0.isASCII) })
            }
        }

        @Test func emptyCellsNeedNothing() {
            #expect(TextCleaner.clean("") == Normalized(""))
            #expect(EmailNormalizer.normalize("") == Normalized(""))
            #expect(PhoneNormalizer.normalize("", country: "AU") == Normalized(PhoneNumber("")))
            #expect(CountryNames.normalize("") == Normalized(""))
            #expect(PostcodeNormalizer.normalize("", country: "AU") == Normalized(""))
            #expect(WebsiteNormalizer.normalize("") == Normalized(""))
            #expect(StateNames.normalize("", country: "AU") == Normalized(""))
        }
    }
}
