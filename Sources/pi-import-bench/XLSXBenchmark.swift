import PIImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads every row of a generated client workbook (200,000 rows x 15 columns, shared strings) and
/// reports rows/s, MB/s of sheet XML and peak memory. The workbook is written by a child process,
/// so that the generator's string table does not count in the reader's peak memory.
struct XLSXBenchmark {
    let rows: Int
    let directory: String

    func run() throws {
        mkdir(directory, 0o755)
        let path = "\(directory)/clients-\(rows).xlsx"
        let sizePath = path + ".sheet-bytes"
        if Measurement.fileSize(path) == 0 || Measurement.fileSize(sizePath) == 0 {
            let start = Measurement.now()
            let child = fork()
            if child == 0 {
                generate(path: path, sizePath: sizePath)
                _exit(0)
            }
            var status: Int32 = 0
            waitpid(child, &status, 0)
            print("generated \(path) in \(format(Measurement.now() - start)) s")
        }
        let sheetBytes = Self.number(in: sizePath)
        for inBackground in [false, true] {
            try read(path, sheetBytes: sheetBytes, inBackground: inBackground)
        }
    }

    /// Reads every row, on this thread alone or with the sheet parsed and inflated on others, and prints the figures.
    private func read(_ path: String, sheetBytes: Double, inBackground: Bool) throws {
        var options = ReadOptions()
        options.xlsx.inflatesInBackground = inBackground
        let start = Measurement.now()
        let reader = try XLSXReader(path: path, options: options)
        var records = 0
        var cells = 0
        var checksum = 0
        while let row = try reader.nextRow() {
            records += 1
            cells += row.cells.count
            if case .text(let name) = row.cells.first { checksum &+= name.utf8.count }
        }
        let seconds = Measurement.now() - start
        guard records == rows + 1 else {
            print("FAILED: read \(records) rows; expected \(rows + 1)")
            exit(1)
        }
        print(
            "xlsx read (\(inBackground ? "parsing and inflating on other threads" : "inline, one thread")): \(records) rows, \(cells) cells, "
                + "\(format(sheetBytes / 1e6)) MB of sheet XML (\(format(Double(Measurement.fileSize(path)) / 1e6)) MB file) "
                + "in \(format(seconds)) s: \(format(Double(records) / seconds)) rows/s, "
                + "\(format(sheetBytes / 1e6 / seconds)) MB/s of XML, peak memory \(format(Measurement.peakMemoryMiB())) MiB "
                + "(checksum \(checksum))")
    }

    /// The number a small text file holds (the generator records the sheet's XML size there).
    private static func number(in path: String) -> Double {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = Glibc.read(descriptor, &bytes, bytes.count)
        return Double(String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)) ?? 0
    }

    /// Writes the workbook: one sheet of shared-string cells (empty cells left out), then the strings.
    private func generate(path: String, sizePath: String) {
        var zip = ZipStreamWriter(path: path)
        var strings: [String: Int] = [:]
        var order: [String] = []
        var generator = ClientCSVGenerator(seed: 42)
        var sheetBytes = 0
        zip.begin("xl/worksheets/sheet1.xml")
        func write(_ text: String) {
            sheetBytes += text.utf8.count
            zip.write(text)
        }
        write(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:O\#(rows + 1)"/><sheetData>"#)
        for number in 1...(rows + 1) {
            let cells = number == 1 ? ClientCSVGenerator.header : generator.nextRow()
            var line = #"<row r="\#(number)" spans="1:15">"#
            for (column, value) in cells.enumerated() where !value.isEmpty {
                let index = strings[value] ?? {
                    order.append(value)
                    strings[value] = order.count - 1
                    return order.count - 1
                }()
                line += #"<c r="\#(ColumnName.letters(for: column + 1))\#(number)" t="s"><v>\#(index)</v></c>"#
            }
            write(line + "</row>")
        }
        write("</sheetData></worksheet>")
        zip.end()
        zip.begin("xl/sharedStrings.xml")
        zip.write(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="\#(order.count)">"#)
        for value in order {
            let escaped = value.replacingXMLSpecials()
            zip.write(value.contains("\n") ? #"<si><t xml:space="preserve">\#(escaped)</t></si>"# : "<si><t>\(escaped)</t></si>")
        }
        zip.write("</sst>")
        zip.end()
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="\#(relationships)"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
        ]
        for (name, text) in parts {
            zip.begin(name)
            zip.write(text)
            zip.end()
        }
        zip.close()
        var size = FileWriter(path: sizePath)
        size.write("\(sheetBytes)")
        size.close()
    }
}

extension String {
    fileprivate func replacingXMLSpecials() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
