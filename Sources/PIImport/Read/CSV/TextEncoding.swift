/// The text encodings found in spreadsheet exports.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// Parses the usual spellings: `utf8`, `UTF-8`, `utf-16`, `cp1252`, `latin1`...
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "unicode": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "windows1252", "cp1252", "win1252", "ansi": self = .windows1252
        case "latin1", "iso88591", "l1": self = .latin1
        default: return nil
        }
    }

    public var description: String { rawValue }

    var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
    /// Whether each byte is one character (only when told: detection finds UTF-8 or UTF-16).
    var isSingleByte: Bool { self == .windows1252 || self == .latin1 }

    /// The encoding a byte-order mark announces, and the mark's length.
    static func byteOrderMark(in prefix: UnsafeRawBufferPointer) -> (TextEncoding, Int)? {
        if prefix.count >= 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF { return (.utf8, 3) }
        if prefix.count >= 2, prefix[0] == 0xFF, prefix[1] == 0xFE { return (.utf16LE, 2) }
        if prefix.count >= 2, prefix[0] == 0xFE, prefix[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 without a mark: text whose every other byte is NUL (ASCII-heavy UTF-16).
    static func bomlessUTF16(in prefix: UnsafeRawBufferPointer) -> TextEncoding? {
        let pairs = min(prefix.count, 4096) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if prefix[2 * pair] == 0 { evenZeros += 1 }
            if prefix[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 7, evenZeros * 10 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 7, oddZeros * 10 < pairs { return .utf16BE }
        return nil
    }
}
