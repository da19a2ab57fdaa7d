internal import CPIImportZlib

import PIImport

/// Builds ZIP archives in memory for tests, honest or (through each entry's knobs) lying.
struct TestZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var method = 8
        /// A CRC-32 to write instead of the real one.
        var crc: UInt32?
        /// An uncompressed size to write instead of the real one.
        var declaredSize: Int?
        /// Set bit 3 and write the sizes in a data descriptor after the data.
        var dataDescriptor = false
    }

    var entries: [Entry]
    var comment: [UInt8] = []
    /// Write the end records in ZIP64 form (sizes and offsets in the ZIP64 extra field).
    var zip64 = false

    init(_ entries: [Entry]) {
        self.entries = entries
    }

    init(_ parts: [(String, String)]) {
        entries = parts.map { Entry(name: $0.0, data: Array($0.1.utf8)) }
    }

    var bytes: [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = output.count
            let compressed = entry.method == 8 ? Self.deflate(entry.data) : entry.data
            let crc = entry.crc ?? Self.crc(entry.data)
            let size = entry.declaredSize ?? entry.data.count
            let name = Array(entry.name.utf8)
            let flags = entry.dataDescriptor ? 0x0808 : 0x0800
            let big = zip64 ? 0xFFFF_FFFF : nil
            output += Self.le(0x0403_4B50, 4) + Self.le(45, 2) + Self.le(flags, 2) + Self.le(entry.method, 2)
                + Self.le(0, 4)
            output += entry.dataDescriptor ? Self.le(0, 12) : Self.le(Int(crc), 4) + Self.le(compressed.count, 4) + Self.le(size, 4)
            output += Self.le(name.count, 2) + Self.le(0, 2) + name + compressed
            if entry.dataDescriptor {
                output += Self.le(0x0807_4B50, 4) + Self.le(Int(crc), 4) + Self.le(compressed.count, 4) + Self.le(size, 4)
            }
            let extra = zip64 ? Self.le(1, 2) + Self.le(24, 2) + Self.le(size, 8) + Self.le(compressed.count, 8) + Self.le(offset, 8) : []
            central += Self.le(0x0201_4B50, 4) + Self.le(45, 2) + Self.le(45, 2) + Self.le(flags, 2)
                + Self.le(entry.method, 2) + Self.le(0, 4) + Self.le(Int(crc), 4)
                + Self.le(big ?? compressed.count, 4) + Self.le(big ?? size, 4) + Self.le(name.count, 2)
                + Self.le(extra.count, 2) + Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 4)
                + Self.le(big ?? offset, 4) + name + extra
        }
        let directoryOffset = output.count
        output += central
        if zip64 {
            let recordOffset = output.count
            output += Self.le(0x0606_4B50, 4) + Self.le(44, 8) + Self.le(45, 2) + Self.le(45, 2) + Self.le(0, 4)
                + Self.le(0, 4) + Self.le(entries.count, 8) + Self.le(entries.count, 8) + Self.le(central.count, 8)
                + Self.le(directoryOffset, 8)
            output += Self.le(0x0706_4B50, 4) + Self.le(0, 4) + Self.le(recordOffset, 8) + Self.le(1, 4)
        }
        output += Self.le(0x0605_4B50, 4) + Self.le(0, 4) + Self.le(zip64 ? 0xFFFF : entries.count, 2)
            + Self.le(zip64 ? 0xFFFF : entries.count, 2) + Self.le(zip64 ? 0xFFFF_FFFF : central.count, 4)
            + Self.le(zip64 ? 0xFFFF_FFFF : directoryOffset, 4) + Self.le(comment.count, 2) + comment
        return output
    }

    static func le(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: UInt64(truncatingIfNeeded: value) >> (8 * UInt64($0))) }
    }

    static func crc(_ data: [UInt8]) -> UInt32 {
        UInt32(data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
    }

    /// Raw deflate (no zlib header), as ZIP stores it.
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(cpiimport_deflateInit2(&stream, 9, -15) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 64)
        var input = data
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                precondition(CPIImportZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<written])
    }
}

/// The parts of a small, valid workbook, to break one at a time.
enum TestWorkbook {
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(spreadsheetNamespace)"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    static func sharedStrings(_ strings: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(spreadsheetNamespace)">"#
            + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
    }

    /// `[Content_Types].xml`, the package and workbook relationships, one sheet `Sheet1`, and
    /// (when given) shared strings and styles.
    static func parts(sheet: String, sharedStrings: String? = nil, styles: String? = nil) -> [(String, String)] {
        var relationships = [#"<Relationship Id="rId1" Type="\#(relationshipTypes)worksheet" Target="worksheets/sheet1.xml"/>"#]
        var parts = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels",
             #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationshipTypes)officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml",
             #"<?xml version="1.0"?><workbook xmlns="\#(spreadsheetNamespace)" xmlns:r="\#(relationshipsNamespace)"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        if let sharedStrings {
            relationships.append(#"<Relationship Id="rId2" Type="\#(relationshipTypes)sharedStrings" Target="sharedStrings.xml"/>"#)
            parts.append(("xl/sharedStrings.xml", sharedStrings))
        }
        if let styles {
            relationships.append(#"<Relationship Id="rId3" Type="\#(relationshipTypes)styles" Target="styles.xml"/>"#)
            parts.append(("xl/styles.xml", styles))
        }
        parts.append(
            ("xl/_rels/workbook.xml.rels",
             #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + relationships.joined() + "</Relationships>"))
        return parts
    }

    /// Every row of the workbook's default sheet.
    static func rows(_ bytes: [UInt8], options: ReadOptions = ReadOptions()) throws -> [RawRow] {
        let reader = try XLSXReader(bytes: bytes, name: "book.xlsx", options: options)
        var rows: [RawRow] = []
        while let row = try reader.nextRow() { rows.append(row) }
        return rows
    }
}
