internal import Foundation

/// Cleans the white space and invisible junk out of cell text, keeping its spelling.
///
/// What it does, in single-line mode (names, emails, codes, everything but free text):
/// - trims the ends and collapses every run of white space to one space. White space is Unicode
///   `White_Space`: space, tab, NBSP (U+00A0), narrow NBSP (U+202F), thin and other U+2000-U+200A spaces,
///   ideographic space (U+3000), U+1680, U+205F, and the line breaks LF, CR, VT, FF, NEL (U+0085),
///   U+2028 and U+2029, which become spaces (noted, since lines were joined);
/// - removes the other C0 and C1 control characters (noted);
/// - removes the zero-width characters U+200B-U+200D, U+2060 and U+FEFF (noted);
/// - composes the text to Unicode NFC (not noted: the text reads the same).
///
/// In multi-line mode (notes, addresses) line breaks are kept as `\n` (CRLF, CR, VT, FF, NEL, U+2028 and
/// U+2029 all become `\n`), each line is trimmed and collapsed as above, and blank lines are dropped,
/// so `"12 Ocean Dr.\r\n\r\n  Half Moon Bay "` becomes `"12 Ocean Dr.\nHalf Moon Bay"`.
///
/// Case, accents, punctuation and width are never changed: `ＡＢＣ` and `Café` stay as they are. Other
/// format characters (soft hyphen, bidirectional marks) are kept: they can be meaningful in the scripts
/// that use them. Trimming and collapsing spaces is not noted; it is what every cell needs.
///
/// - Complexity: O(*n*). Clean ASCII text (the common case) is checked in one pass over its UTF-8 bytes
///   and returned as given, without allocating. Foundation is used only to compose non-ASCII text.
public enum TextCleaner {
    /// Whether line breaks are content (``multiLine``) or white space (``singleLine``).
    public enum LineMode: Sendable, Hashable {
        /// Line breaks become spaces: the value is one line.
        case singleLine
        /// Line breaks are kept as `\n`; each line is trimmed; blank lines are dropped.
        case multiLine
    }

    /// The cleaned text and notes for control characters, zero-width characters and joined lines.
    public static func clean(_ text: String, lines: LineMode = .singleLine) -> Normalized<String> {
        let multiLine = lines == .multiLine
        let clean = text.utf8.withContiguousStorageIfAvailable { isClean($0, multiLine: multiLine) }
            ?? Array(text.utf8).withUnsafeBufferPointer { isClean($0, multiLine: multiLine) }
        if clean { return Normalized(text) }
        return cleanSlowly(text, multiLine: multiLine)
    }

    /// The cleaned text without notes, for callers that only want the value.
    @inlinable
    public static func cleaned(_ text: String, lines: LineMode = .singleLine) -> String {
        clean(text, lines: lines).value
    }

    // MARK: - Fast path

    /// Whether `bytes` are printable ASCII (plus `\n` in multi-line mode) that cleaning would not change:
    /// no space or line break at either end, next to a line break, or twice in a row.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, multiLine: Bool) -> Bool {
        if bytes.isEmpty { return true }
        // `previous` starts as a line break, so a leading space or line break is caught.
        var previous: UInt8 = 0x0A
        for byte in bytes {
            if byte > 0x20 && byte < 0x7F {
                previous = byte
                continue
            }
            if byte == 0x20 || (byte == 0x0A && multiLine) {
                if previous == 0x20 || previous == 0x0A { return false }
                previous = byte
                continue
            }
            return false
        }
        return previous != 0x20 && previous != 0x0A
    }

    // MARK: - Slow path

    enum ScalarKind {
        case content, space, lineBreak, carriageReturn, control, invisible
    }

    /// How the cleaner treats one scalar. White space is the Unicode `White_Space` property, spelled out
    /// (it has not changed since Unicode 6.3) so the common cases cost two comparisons.
    @inline(__always)
    static func kind(of value: UInt32) -> ScalarKind {
        if value > 0x20 && value < 0x7F { return .content }
        switch value {
        case 0x20, 0x09: return .space
        case 0x0A, 0x0B, 0x0C, 0x85: return .lineBreak
        case 0x0D: return .carriageReturn
        case 0x00...0x1F, 0x7F...0x9F: return .control
        case 0xA0: return .space
        case ..<0x1680: return .content
        case 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x2028, 0x2029: return .lineBreak
        case 0x200B...0x200D, 0x2060, 0xFEFF: return .invisible
        default: return .content
        }
    }

    private static func cleanSlowly(_ text: String, multiLine: Bool) -> Normalized<String> {
        var output = String.UnicodeScalarView()
        var outputCount = 0
        var pendingSpace = false
        var pendingBreak = false
        var lineHasContent = false
        var previousWasCR = false
        var removedControl = false
        var removedInvisible = false
        var joinedLines = false
        var nonASCII = false

        for scalar in text.unicodeScalars {
            let value = scalar.value
            var kind = kind(of: value)
            if kind == .carriageReturn {
                previousWasCR = true
                kind = .lineBreak
            } else if value == 0x0A && previousWasCR {
                previousWasCR = false
                continue  // the LF of a CRLF: one break, already counted
            } else {
                previousWasCR = false
            }
            switch kind {
            case .content:
                if lineHasContent {
                    if pendingBreak {
                        if multiLine {
                            output.append("\n")
                        } else {
                            output.append(" ")
                            joinedLines = true
                        }
                    } else if pendingSpace {
                        output.append(" ")
                    }
                } else if outputCount > 0 {
                    // First content of a new line in multi-line mode.
                    output.append("\n")
                }
                pendingSpace = false
                pendingBreak = false
                lineHasContent = true
                if value >= 0x80 { nonASCII = true }
                output.append(scalar)
                outputCount += 1
            case .space:
                pendingSpace = true
            case .lineBreak, .carriageReturn:
                if multiLine {
                    // Trailing white space of the line is dropped; the next content starts a new line.
                    lineHasContent = false
                    pendingSpace = false
                } else {
                    pendingBreak = true
                }
            case .control:
                removedControl = true
            case .invisible:
                removedInvisible = true
            }
        }

        var result = String(output)
        if nonASCII {
            result = result.precomposedStringWithCanonicalMapping
        }
        if result.utf8.elementsEqual(text.utf8) { result = text }
        var notes: [NormalizationNote] = []
        if removedControl { notes.append(.textControlCharactersRemoved) }
        if removedInvisible { notes.append(.textInvisibleCharactersRemoved) }
        if joinedLines { notes.append(.textLineBreaksJoined) }
        return Normalized(result, notes: notes)
    }
}

extension TextCleaner {
    /// The text with full-width ASCII variants (U+FF01-U+FF5E) and the ideographic full stop folded to
    /// ASCII, for values that are codes rather than words (emails, postcodes). Not part of ``clean(_:lines:)``,
    /// which keeps width.
    static func foldingFullwidth(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: result.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3002, 0xFF61: result.append(".")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

extension NormalizationNote {
    static let textControlCharactersRemoved = Self(
        .textControlCharactersRemoved, .info, "control characters removed from text")
    static let textInvisibleCharactersRemoved = Self(
        .textInvisibleCharactersRemoved, .info, "zero-width characters removed from text")
    static let textLineBreaksJoined = Self(
        .textLineBreaksJoined, .info, "line breaks in a single-line field replaced with spaces")
}
