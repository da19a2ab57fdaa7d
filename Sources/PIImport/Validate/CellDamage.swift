/// Finds values that a spreadsheet app damaged before the file reached us: numbers in scientific
/// notation, phone numbers and codes stored as numbers (leading zeros lost), dates where text belongs.
enum CellDamage {
    /// What was found of a cell of `kind` whose text is `text`, in a column that fills `field`.
    static func check(
        _ kind: Cell.Kind, text: UnsafeBufferPointer<UInt8>, field: ClientField, at place: CellPosition
    ) -> Diagnostic? {
        guard field.holdsCode || field.holdsText else { return nil }
        switch kind {
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

    /// `6.14E+10`, `4.15444e+9`, `1E+12`: digits with at most one `.`, then `E` or `e`, an optional sign
    /// and digits, nothing else. Read byte by byte in place: most cells (phones, postcodes) are told apart
    /// at their first space or letter.
    static func isScientific(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var digits = 0
        var dots = 0
        while index < bytes.count, bytes[index] | 0x20 != UInt8(ascii: "e") {
            if bytes[index] &- 0x30 < 10 {
                digits += 1
            } else if bytes[index] == UInt8(ascii: ".") {
                dots += 1
            } else {
                return false
            }
            index += 1
        }
        guard digits > 0, dots <= 1, index < bytes.count else { return false }
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { return false }
        while index < bytes.count {
            guard bytes[index] &- 0x30 < 10 else { return false }
            index += 1
        }
        return true
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
