/// Excel's date serial numbers as ISO 8601 text.
///
/// - 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was
///   (serial 60), so serials below 61 are one day later than the plain count from 1899-12-30 gives.
///   Serial 0 is shown as 1899-12-31 (Excel's "1900-01-00").
/// - 1904 system: serial 0 is 1904-01-01.
/// - Times are rounded to the second. A date with no time of day is `YYYY-MM-DD`, otherwise
///   `YYYY-MM-DDTHH:MM:SS`. A time-of-day format over a serial below 1 gives `HH:MM:SS`; an elapsed
///   format (`[h]:mm:ss`) gives an ISO 8601 duration such as `PT255H10M10S`.
/// - Negative serials and serials past 9999-12-31 are not dates: the cell stays a number.
enum ExcelDate {
    private static let secondsPerDay = 86_400
    private static let maxSerial = 2_958_465.0

    /// The date of `serial` as `kind` shows it, or `nil` if the serial is no date.
    static func cellDate(serial: Double, kind: NumberFormatKind, date1904: Bool) -> CellDate? {
        guard serial.isFinite, abs(serial) <= maxSerial else { return nil }
        let seconds = Int((serial * Double(secondsPerDay)).rounded())
        if kind == .duration {
            return CellDate(iso: duration(seconds), serial: serial)
        }
        guard serial >= 0 else { return nil }
        let day = seconds / secondsPerDay
        let time = seconds % secondsPerDay
        if kind == .time, day == 0 {
            return CellDate(iso: clock(time), serial: serial)
        }
        let date: String
        if date1904 {
            date = calendarDate(unixDay: day - 24_107)
        } else if day == 60 {
            date = "1900-02-29"
        } else {
            date = calendarDate(unixDay: day - (day < 60 ? 25_568 : 25_569))
        }
        return CellDate(iso: time == 0 ? date : date + "T" + clock(time), serial: serial)
    }

    /// A `t="d"` cell's ISO 8601 text (`2021-01-01`, `2021-01-01T10:10:10.5Z`, `10:10:10`) in the
    /// form serials take: fractions of a second and any UTC offset dropped, a midnight time left off.
    static func cellDate(iso text: String) -> CellDate? {
        var scanner = Array(text.utf8)[...]
        var result = ""
        if scanner.count >= 10, scanner[scanner.startIndex + 4] == UInt8(ascii: "-") {
            guard let year = number(&scanner, digits: 4), skip(&scanner, "-"), let month = number(&scanner, digits: 2),
                skip(&scanner, "-"), let day = number(&scanner, digits: 2),
                (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else { return nil }
            result = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
            guard !scanner.isEmpty else { return CellDate(iso: result, serial: nil) }
            guard skip(&scanner, "T") || skip(&scanner, " ") else { return nil }
        }
        guard let hour = number(&scanner, digits: 2), skip(&scanner, ":"), let minute = number(&scanner, digits: 2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if skip(&scanner, ":") {
            guard let value = number(&scanner, digits: 2), value < 60 else { return nil }
            second = value
            if skip(&scanner, ".") {
                while let byte = scanner.first, byte &- 0x30 < 10 { scanner.removeFirst() }
            }
        }
        if !skip(&scanner, "Z"), let sign = scanner.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            scanner.removeFirst()
            guard number(&scanner, digits: 2) != nil else { return nil }
            _ = skip(&scanner, ":")
            guard number(&scanner, digits: 2) != nil else { return nil }
        }
        guard scanner.isEmpty else { return nil }
        let time = clock(hour * 3600 + minute * 60 + second)
        if result.isEmpty { return CellDate(iso: time, serial: nil) }
        return CellDate(iso: hour == 0 && minute == 0 && second == 0 ? result : result + "T" + time, serial: nil)
    }

    /// Days since 1970-01-01 as `YYYY-MM-DD` (Howard Hinnant's civil-from-days).
    static func calendarDate(unixDay: Int) -> String {
        let shifted = unixDay + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func clock(_ seconds: Int) -> String {
        pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
    }

    private static func duration(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "") + "PT\(magnitude / 3600)H\(magnitude / 60 % 60)M\(magnitude % 60)S"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func number(_ scanner: inout ArraySlice<UInt8>, digits: Int) -> Int? {
        guard scanner.count >= digits else { return nil }
        var value = 0
        for _ in 0..<digits {
            let digit = scanner.removeFirst() &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func skip(_ scanner: inout ArraySlice<UInt8>, _ character: Unicode.Scalar) -> Bool {
        guard scanner.first == UInt8(ascii: character) else { return false }
        scanner.removeFirst()
        return true
    }
}
