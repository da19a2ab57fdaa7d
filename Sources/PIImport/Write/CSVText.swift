/// Appends CSV text (RFC 4180, comma-delimited, CRLF line ends) with protection against CSV injection.
///
/// **Injection.** A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return would be read by
/// a spreadsheet as a formula; such a cell is written with a leading `'` (OWASP's advice), which
/// spreadsheets show as text. One exception keeps phone numbers importable: a cell that is a plain
/// phone number, `+` followed only by digits and spaces with at least one digit (`+61290001111`,
/// `+61 2 9000 1111`), is written as it is. Such a cell cannot call a function or reach another
/// program (no letters, `(`, `|` or `!`); at worst a spreadsheet shows it as a number.
public enum CSVText {
    /// The header of the two columns pi-import appends to files it gives back (the rejects file).
    public static let codesHeader = "pi-import codes"
    public static let messagesHeader = "pi-import messages"

    /// Appends `value` as one field; returns whether it had to be neutralised against injection.
    @discardableResult
    public static func appendField(_ value: String, to buffer: inout [UInt8]) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            let neutralise = needsNeutralising(bytes)
            var quote = false
            for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
                quote = true
                break
            }
            if quote { buffer.append(0x22) }
            if neutralise { buffer.append(0x27) }
            if quote {
                var runStart = 0
                for index in 0..<bytes.count where bytes[index] == 0x22 {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                    buffer.append(0x22)
                    runStart = index + 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: bytes)
            }
            return neutralise
        }
    }

    /// Appends `fields` as one record ending in CRLF; returns how many fields were neutralised.
    @discardableResult
    public static func appendRecord(_ fields: [String], to buffer: inout [UInt8]) -> Int {
        var neutralised = 0
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            if appendField(field, to: &buffer) { neutralised += 1 }
        }
        buffer.append(0x0D)
        buffer.append(0x0A)
        return neutralised
    }

    /// Whether a spreadsheet could take `value` for a formula, so that it needs a leading `'`.
    public static func needsNeutralising(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { needsNeutralising($0) }
    }

    /// Whether `value` is `+` followed by digits and spaces only, with at least one digit.
    public static func isPlainPhoneNumber(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { isPlainPhoneNumber($0) }
    }

    static func needsNeutralising(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        case UInt8(ascii: "+"):
            return !isPlainPhoneNumber(bytes)
        default:
            return false
        }
    }

    static func isPlainPhoneNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first == UInt8(ascii: "+") else { return false }
        var digits = 0
        for byte in bytes.dropFirst() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "): continue
            default: return false
            }
        }
        return digits > 0
    }
}
