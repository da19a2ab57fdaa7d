/// Appends JSON text to a byte buffer without going through Foundation: the writers' and the
/// `rows` command's hot path.
public enum JSONText {
    /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires
    /// (and U+2028/U+2029, which some JavaScript parsers reject).
    public static func appendString(_ value: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: StaticString?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = nil
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = nil
                default:
                    index += 1
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if let escape {
                    buffer.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                    index += 1
                } else if byte == 0xE2 {
                    appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &buffer)
                    index += 3
                } else {
                    appendUnicodeEscape(UInt16(byte), to: &buffer)
                    index += 1
                }
                runStart = index
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends a number: integral values as integers, non-finite ones as `null`.
    public static func appendNumber(_ value: Double, to buffer: inout [UInt8]) {
        guard value.isFinite else {
            appendRaw("null", to: &buffer)
            return
        }
        appendRaw(CellNumber.format(value), to: &buffer)
    }

    /// Appends `text` as it is (a key, punctuation, a literal).
    public static func appendRaw(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Appends a cell the way `pi-import rows` shows it: `null`, a string, a number, a boolean,
    /// `{"error": "#N/A"}` or `{"date": "2024-01-31", "serial": 45322}`.
    public static func appendCell(_ cell: Cell, to buffer: inout [UInt8]) {
        switch cell {
        case .empty:
            appendRaw("null", to: &buffer)
        case .text(let text):
            appendString(text, to: &buffer)
        case .number(let number):
            appendNumber(number, to: &buffer)
        case .bool(let flag):
            appendRaw(flag ? "true" : "false", to: &buffer)
        case .error(let error):
            appendRaw("{\"error\":", to: &buffer)
            appendString(error, to: &buffer)
            buffer.append(UInt8(ascii: "}"))
        case .date(let date):
            appendRaw("{\"date\":", to: &buffer)
            appendString(date.iso, to: &buffer)
            if let serial = date.serial {
                appendRaw(",\"serial\":", to: &buffer)
                appendNumber(serial, to: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
    }

    static func appendUnicodeEscape(_ unit: UInt16, to buffer: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            buffer.append(hex[Int(unit >> UInt16(shift) & 0xF)])
        }
    }
}
