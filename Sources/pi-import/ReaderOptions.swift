import ArgumentParser
import PIImport

/// The options that say how to read an input file, shared by every command that reads one.
struct ReaderOptions: ParsableArguments {
    @Option(help: "Text encoding of CSV input: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 (default: detected).")
    var encoding: String?

    @Option(help: "Field delimiter of CSV input: ',', ';', '|', or 'tab' (default: detected).")
    var delimiter: String?

    @Option(help: "Largest CSV field accepted, in bytes.")
    var maxFieldBytes: Int = 16 << 20

    @Option(help: "Worksheet of an XLSX workbook, by name or 1-based index (default: the first visible one).")
    var sheet: String?

    func validate() throws {
        _ = try readOptions()
    }

    func readOptions() throws -> ReadOptions {
        var options = ReadOptions(maxFieldBytes: maxFieldBytes)
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else {
                throw ValidationError("unknown encoding '\(encoding)'; use utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1")
            }
            options.encoding = parsed
        }
        if let delimiter {
            options.delimiter = try Self.delimiterByte(delimiter)
        }
        guard maxFieldBytes > 0 else { throw ValidationError("--max-field-bytes must be positive") }
        options.sheet = sheet.map(SheetSelector.init)
        return options
    }

    private static func delimiterByte(_ text: String) throws -> UInt8 {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return 0x09
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        default:
            let bytes = Array(text.utf8)
            guard bytes.count == 1, bytes[0] != UInt8(ascii: "\""), bytes[0] != 0x0A, bytes[0] != 0x0D else {
                throw ValidationError("--delimiter must be one ASCII character other than a quote or line break, or 'tab'")
            }
            return bytes[0]
        }
    }
}
