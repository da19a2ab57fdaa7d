import Testing

@testable import PIImport

/// The state machine on its own, fed from caller buffers.
@Suite struct CSVTokenizerTests {
    /// Feeds `text` in chunks of `chunk` bytes; returns each record's fields and start line, or the stopping event.
    static func tokenize(_ text: [UInt8], chunk: Int, delimiter: UInt8 = UInt8(ascii: ","), maxField: Int = 1 << 20)
        -> (records: [[String]], lines: [Int], offsets: [Int], stop: CSVTokenizer.Event?)
    {
        var tokenizer = CSVTokenizer(delimiter: delimiter, limits: .init(maxFieldBytes: maxField))
        var records: [[String]] = []
        var lines: [Int] = []
        var offsets: [Int] = []
        func collect(_ tokenizer: borrowing CSVTokenizer) {
            let view = tokenizer.record
            records.append((0..<view.count).map { String(decoding: view.field($0), as: UTF8.self) })
            lines.append(tokenizer.recordLine)
            offsets.append(tokenizer.recordOffset)
        }
        var start = 0
        while start < text.count {
            let end = min(start + chunk, text.count)
            var slice = start
            while slice < end {
                let (event, used) = text.withUnsafeBytes {
                    tokenizer.feed(UnsafeRawBufferPointer(rebasing: $0[slice..<end]))
                }
                slice += used
                switch event {
                case .needInput: break
                case .record: collect(tokenizer)
                default: return (records, lines, offsets, event)
                }
            }
            start = end
        }
        let event = tokenizer.finish()
        if event == .record {
            collect(tokenizer)
        } else if event != .needInput {
            return (records, lines, offsets, event)
        }
        return (records, lines, offsets, nil)
    }

    @Test func rfc4180Basics() {
        let result = Self.tokenize(Array("a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r\n".utf8), chunk: 4096)
        #expect(result.records == [["a", "b", "c"], ["1", "x,y", "say \"hi\""]])
        #expect(result.lines == [1, 2])
        #expect(result.offsets == [0, 7])
        #expect(result.stop == nil)
    }

    @Test func emptyFieldsAndTrailingDelimiter() {
        let result = Self.tokenize(Array(",,\na,\n\"\",b".utf8), chunk: 4096)
        #expect(result.records == [["", "", ""], ["a", ""], ["", "b"]])
    }

    @Test func quotedLineBreaksAreKeptVerbatimAndCounted() {
        let result = Self.tokenize(Array("\"1\r\n2\",\"3\r4\",\"5\n6\"\nnext\n".utf8), chunk: 4096)
        #expect(result.records == [["1\r\n2", "3\r4", "5\n6"], ["next"]])
        #expect(result.lines == [1, 5])
    }

    @Test func blankLinesAreSkippedButCounted() {
        let result = Self.tokenize(Array("\n\r\n\ra\n\n\nb".utf8), chunk: 4096)
        #expect(result.records == [["a"], ["b"]])
        #expect(result.lines == [4, 7])
    }

    @Test func crlfSplitAcrossChunksIsOneLineBreak() {
        for chunk in 1...5 {
            let result = Self.tokenize(Array("ab\r\ncd\r\nef".utf8), chunk: chunk)
            #expect(result.records == [["ab"], ["cd"], ["ef"]], "chunk \(chunk)")
            #expect(result.lines == [1, 2, 3], "chunk \(chunk)")
        }
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        let result = Self.tokenize(Array("a,b\nc,\"open\nstill\nopen".utf8), chunk: 3)
        #expect(result.records == [["a", "b"]])
        #expect(result.stop == .unterminatedQuote(line: 2))
    }

    @Test func nulByteIsReportedWithItsLine() {
        #expect(Self.tokenize([0x61, 0x0A, 0x62, 0x00, 0x0A], chunk: 4096).stop == .nulByte(line: 2))
        #expect(Self.tokenize(Array("a\n\"x".utf8) + [0] + Array("\"\n".utf8), chunk: 2).stop == .nulByte(line: 2))
    }

    @Test func fieldLimitStopsLargeFieldsWithTheirLine() {
        let text = Array("a,b\n1,".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 100) + [0x0A]
        #expect(Self.tokenize(text, chunk: 7, maxField: 64).stop == .fieldTooLarge(line: 2, quoted: false))
        let quoted = Array("a\n\"".utf8) + [UInt8](repeating: UInt8(ascii: "y"), count: 100)
        #expect(Self.tokenize(quoted, chunk: 4096, maxField: 64).stop == .fieldTooLarge(line: 2, quoted: true))
    }

    @Test func tooManyFieldsIsARecordError() {
        let text = Array("x\n".utf8) + [UInt8](repeating: UInt8(ascii: ","), count: 20_000) + [0x0A]
        #expect(Self.tokenize(text, chunk: 4096).stop == .recordTooLarge(line: 2))
    }

    @Test func textAfterClosingQuoteIsKept() {
        #expect(Self.tokenize(Array("\"ab\"cd,e\n".utf8), chunk: 4096).records == [["abcd", "e"]])
    }

    @Test func otherDelimiters() {
        #expect(Self.tokenize(Array("a;\"b;c\"\n".utf8), chunk: 4096, delimiter: UInt8(ascii: ";")).records == [["a", "b;c"]])
        #expect(Self.tokenize(Array("a\tb\tc\n".utf8), chunk: 1, delimiter: 0x09).records == [["a", "b", "c"]])
    }

    /// Tabs, vertical tabs and form feeds stop the eight-byte scan like line breaks do, but are text.
    @Test(arguments: [1, 3, 8, 4096])
    func controlBytesBetweenCommasAreText(chunk: Int) {
        let text = Array("\tlead,a\tb\u{0B}c\u{0C},\"q\t\r\n\u{0B}x\"\t,12345678\t9\r\nnext\u{01}\n".utf8)
        let result = Self.tokenize(text, chunk: chunk)
        #expect(result.records == [["\tlead", "a\tb\u{0B}c\u{0C}", "q\t\r\n\u{0B}x\t", "12345678\t9"], ["next\u{01}"]])
        #expect(result.lines == [1, 3])
        #expect(result.offsets == [0, 35])
        #expect(result.stop == nil)
    }

    @Test func controlBytesCountTowardsTheFieldLimit() {
        let text = Array("a,bcd\t\t,e\n".utf8)
        #expect(Self.tokenize(text, chunk: 4096, maxField: 5).records == [["a", "bcd\t\t", "e"]])
        #expect(Self.tokenize(text, chunk: 4096, maxField: 4).stop == .fieldTooLarge(line: 1, quoted: false))
    }

    /// Long runs cross the eight-byte fast path at every alignment.
    @Test(arguments: [1, 2, 7, 8, 9, 4096])
    func chunkSizesGiveIdenticalRecords(chunk: Int) {
        var text = ""
        for length in 0..<40 {
            text += String(repeating: "w", count: length) + ",\"" + String(repeating: "q", count: length) + "\"\"x\"\r\n"
        }
        let expected = Self.tokenize(Array(text.utf8), chunk: 1 << 20)
        let result = Self.tokenize(Array(text.utf8), chunk: chunk)
        #expect(result.records == expected.records)
        #expect(result.lines == expected.lines)
        #expect(result.offsets == expected.offsets)
        #expect(expected.records.count == 40)
        #expect(expected.records[39] == [String(repeating: "w", count: 39), String(repeating: "q", count: 39) + "\"x"])
    }
}

/// Batches of records cross threads: a file of many batches reads the same on one thread and on two.
@Test func manyBatchesReadTheSameOnOneOrTwoThreads() throws {
    var text = "Name,Notes\n"
    for row in 0..<10_000 { text += "Client \(row),\"note \(row)\nline two, with comma\"\n" }
    var options = ReadOptions(chunkSize: 4096)
    let two = try CSVReader(bytes: Array(text.utf8), name: "many.csv", options: options)
    options.usesSecondCore = false
    let one = try CSVReader(bytes: Array(text.utf8), name: "many.csv", options: options)
    var count = 0
    while let left = try two.nextRecord() {
        let right = try #require(try one.nextRecord())
        #expect(left == right)
        count += 1
    }
    #expect(try one.nextRecord() == nil)
    #expect(count == 10_001)
}

/// Encodings and their warnings across batches: records, warnings, errors and the encoding read come out
/// as they do on one thread.
@Test(arguments: [nil, TextEncoding.utf8, .windows1252])
func mixedEncodingsReadTheSameOnOneOrTwoThreads(encoding: TextEncoding?) throws {
    var bytes = Array("Name,Town\n".utf8)
    for row in 1...7_000 {
        bytes += Array("Client \(row),".utf8)
        switch row {
        case 100: bytes += [0x43, 0x61, 0x66, 0xE9]  // "Café" in Windows-1252, in the first batch
        // UTF-8 from the second batch on.
        case 3_000...: bytes += Array((row % 2 == 0 ? "Tōkyō" : "\"Zoë's, \"\"quoted\"\"\"").utf8)
        default: bytes += Array("Perth".utf8)
        }
        bytes += [0x0A]
    }
    func read(usesSecondCore: Bool) throws -> CSVReading {
        var result = CSVReading()
        let options = ReadOptions(encoding: encoding, chunkSize: 4096, usesSecondCore: usesSecondCore)
        let reader = try CSVReader(bytes: bytes, name: "mixed.csv", options: options)
        do {
            while let record = try reader.nextRecord() { result.records.append(record) }
        } catch let error as ImportError {
            result.error = error.summary
        }
        result.diagnostics = reader.takeDiagnostics()
        result.encoding = reader.encodingDescription
        return result
    }
    let one = try read(usesSecondCore: false)
    let two = try read(usesSecondCore: true)
    #expect(two == one)
    switch encoding {
    case nil:
        #expect(two.records.count == 7_001)
        #expect(two.records[100].fields == ["Client 100", "Café"])
        #expect(two.records[3_000].fields == ["Client 3000", "Tōkyō"])
        #expect(two.records[3_001].fields == ["Client 3001", "Zoë's, \"quoted\""])
        let warnings = two.diagnostics.map { "\($0.code) line \($0.position.line ?? 0)" }
        #expect(warnings == ["encoding-windows-1252 line 101", "mixed-encoding line 3001"])
        #expect(two.encoding == "utf-8+windows-1252")
    case .utf8?:
        #expect(two.records.count == 100)
        #expect(two.error == ImportError.Summary(code: .invalidEncoding, exitStatus: 65, line: 101))
    default:
        #expect(two.records[3_001].fields == ["Client 3001", "ZoÃ«'s, \"quoted\""])
        #expect(two.records.count == 7_001)
        #expect(two.diagnostics.isEmpty)
    }
}
