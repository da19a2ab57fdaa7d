import Testing

@testable import PIImport

@Suite struct CSVTokenizerTests {
    @Test func simpleRecords() throws {
        #expect(try records("a,b\r\nc,d\n") == [["a", "b"], ["c", "d"]])
    }
}

func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [[String]] {
    let reader = try CSVReader(bytes: Array(text.utf8), name: "test.csv", options: ReadOptions(delimiter: delimiter))
    var result: [[String]] = []
    while let record = try reader.nextRecord() { result.append(record.fields) }
    return result
}
