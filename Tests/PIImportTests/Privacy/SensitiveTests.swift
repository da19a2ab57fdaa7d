import Testing

@testable import PIImport

extension PrivacyTests {
    @Suite struct SensitiveTests {
        let secret = Sensitive("865 414 088")

        @Test func renderingsAreRedacted() {
            #expect(secret.description == "<redacted>")
            #expect(secret.debugDescription == "Sensitive(<redacted>)")
            #expect("\(secret)" == "<redacted>")
            #expect(String(describing: secret) == "<redacted>")
            #expect(String(reflecting: secret) == "Sensitive(<redacted>)")
            #expect(!"\([secret])".contains("865"))
            #expect(!"\(Optional(secret) as Any)".contains("865"))
        }

        @Test func dumpAndMirrorShowNoChildren() {
            var dumped = ""
            dump(secret, to: &dumped)
            #expect(!dumped.contains("865"))
            #expect(dumped.contains("redacted"))
            #expect(Mirror(reflecting: secret).children.isEmpty)

            struct Holder { var name = "Ada"; var tax = Sensitive("865 414 088") }
            var holderDump = ""
            dump(Holder(), to: &holderDump)
            #expect(holderDump.contains("Ada"))
            #expect(!holderDump.contains("865"))
            #expect(!String(describing: Holder()).contains("865"))
        }

        @Test func valueIsReachableOnPurpose() {
            #expect(secret.revealed == "865 414 088")
            #expect(secret.map { $0.count }.revealed == 11)
            #expect(secret == Sensitive("865 414 088"))
        }

        @Test func isNotEncodable() {
            #expect(!(secret as Any is any Encodable))
            #expect(!(Sensitive(42) as Any is any Encodable))
        }
    }
}
