import Testing

@testable import PIImport

@Suite struct SmallStringTests {
    /// Strings of every small length, ASCII or not, are those the standard library makes from the same bytes.
    @Test func matchesTheStandardLibrary() {
        #expect(SmallString.isAvailable)
        for text in ["", "a", "NT", "Darwin", "Australia", "02 6856 0917", "0482 159 257", "123456789012345", "Renée", "Tāne Smith", "Åberg 😀", "ñññññññ"] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBytes { SmallString.make($0) }
            #expect(made == text)
            #expect(Array(made.utf8) == bytes)
            #expect(made.count == text.count)
            #expect(made.hashValue == text.hashValue)
            #expect(made + "!" == text + "!")
        }
    }

    /// A record the caller keeps is not changed by the reader reusing storage for the next ones.
    @Test(arguments: [false, true])
    func keptRecordsStayAsRead(secondCore: Bool) throws {
        let text = "a,b\u{e9},012345678901234567890\nc,d,e\n\"x\"\"y\",,z\n"
        let reader = try CSVReader(bytes: Array(text.utf8), name: "kept.csv", options: ReadOptions(usesSecondCore: secondCore))
        var kept: [[String]] = []
        while let record = try reader.nextRecord() { kept.append(record.fields) }
        #expect(kept == [["a", "b\u{e9}", "012345678901234567890"], ["c", "d", "e"], ["x\"y", "", "z"]])
    }
}
