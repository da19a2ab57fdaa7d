/// Finds values that a spreadsheet app damaged before the file reached us: numbers in scientific
/// notation, phone numbers and codes stored as numbers (leading zeros lost), dates where text belongs.
enum CellDamage {
    static func check(_ cell: Cell, text: String, field: ClientField, at place: CellPosition) -> Diagnostic? {
        guard field.holdsCode || field.holdsText else { return nil }
        switch cell {
        case .date:
            return Diagnostic(
                .dateInTextColumn, .warning, at: place.position,
                "a date where text was expected: the spreadsheet app may have turned the value into a date",
                field: field.path)
        case .number where field.holdsCode:
            return Diagnostic(
                .numberInTextColumn, .warning, at: place.position,
                "stored as a number: a leading zero or digits may have been lost", field: field.path)
        case .text where field.holdsCode && isScientific(text):
            return Diagnostic(
                .scientificNotation, .warning, at: place.position,
                "in scientific notation: the spreadsheet app rounded this number and its digits are lost",
                field: field.path)
        default:
            return nil
        }
    }

    /// `6.14E+10`, `4.15444e+9`, `1E+12`.
    static func isScientific(_ text: String) -> Bool {
        var text = text
        guard text.withUTF8({ $0.contains { $0 | 0x20 == UInt8(ascii: "e") } }) else { return false }
        let bytes = Array(text.utf8)
        guard let exponent = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }),
            exponent > 0, exponent + 1 < bytes.count
        else { return false }
        let mantissa = bytes[..<exponent]
        var power = bytes[(exponent + 1)...]
        if power.first == UInt8(ascii: "+") || power.first == UInt8(ascii: "-") { power = power.dropFirst() }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return !power.isEmpty && power.allSatisfy(isDigit) && mantissa.filter { $0 == UInt8(ascii: ".") }.count <= 1
            && mantissa.contains(where: isDigit) && mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") }
    }
}

extension ClientField {
    /// Fields of digits where a leading zero matters: phones, ids, company numbers, postcodes.
    var holdsCode: Bool {
        switch self {
        case .phone, .fax, .companyNumber, .businessNumber, .id, .clientCode, .appClient,
            .contact(.phone), .contact(.mobile), .address(.postcode), .postalAddress(.postcode):
            true
        default: false
        }
    }

    /// Fields of words, where a date or a number means the spreadsheet app changed the value.
    var holdsText: Bool {
        switch self {
        case .name, .contact(.name), .contact(.firstName), .contact(.lastName), .contact(.email), .clientEmail:
            true
        default: false
        }
    }
}
