/// What a cell's number format makes of its number: a plain number, a calendar date (or date and
/// time), a time of day, or an elapsed duration (`[h]:mm:ss`).
enum NumberFormatKind: UInt8 {
    case number, date, time, duration

    /// The built-in formats: 14-17 and 22 dates, 18-21, 45 and 47 times, 46 `[h]:mm:ss`.
    init(builtin id: Int) {
        switch id {
        case 14...17, 22: self = .date
        case 18...21, 45, 47: self = .time
        case 46: self = .duration
        default: self = .number
        }
    }

    /// Classifies a custom format code by its date and time tokens (`y m d h s`), ignoring quoted
    /// text, backslash escapes, `_x` and `*x` fillers, `AM/PM`, and bracketed colours, conditions
    /// and locales; `[h]`, `[mm]`, `[ss]` (elapsed time) make a duration. An `m` next to `h` or `s`
    /// is minutes, otherwise months.
    init(code: String) {
        let characters = Array(code.lowercased().unicodeScalars)
        var tokens: [Unicode.Scalar] = []
        var elapsed = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                index = characters[(index + 1)...].firstIndex(of: "\"") ?? characters.count
            case "\\", "_", "*":
                index += 1
            case "[":
                let end = characters[index...].firstIndex(of: "]") ?? characters.count
                let inside = characters[(index + 1)..<end]
                if let first = inside.first, "hms".unicodeScalars.contains(first), inside.allSatisfy({ $0 == first }) {
                    elapsed = true
                    tokens.append(first)
                }
                index = end
            case "a" where characters[index...].starts(with: "am/pm".unicodeScalars):
                index += 4
            case "a" where characters[index...].starts(with: "a/p".unicodeScalars):
                index += 2
            case "y", "d", "h", "s":
                tokens.append(character)
            case "m":
                // One token for a run of m's.
                if index == 0 || characters[index - 1] != "m" { tokens.append("m") }
            default:
                break
            }
            index += 1
        }
        if elapsed {
            self = .duration
            return
        }
        var hasDate = false
        var hasTime = false
        for (position, token) in tokens.enumerated() {
            switch token {
            case "y", "d": hasDate = true
            case "h", "s": hasTime = true
            default:
                let minutes = (position > 0 && tokens[position - 1] == "h")
                    || (position + 1 < tokens.count && tokens[position + 1] == "s")
                if minutes { hasTime = true } else { hasDate = true }
            }
        }
        self = hasDate ? .date : hasTime ? .time : .number
    }
}
