import Foundation

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
/// - Complexity: O(*n*) over the UTF-8 bytes. Clean text of ASCII and Latin letters (the common case) is
///   checked in one pass and returned as given, without allocating; other text is rewritten byte by byte
///   into a stack buffer, and a new string is made only when something changed. Foundation composes the
///   text only when it holds a scalar at or above U+0300 (below that, every string is already NFC).
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
        return StringBytes.withBytes(text) { bytes in
            if isClean(bytes, multiLine: multiLine) { return Normalized(text) }
            return cleanSlowly(bytes, original: text, multiLine: multiLine)
        }
    }

    /// The cleaned text without notes, for callers that only want the value.
    @inlinable
    public static func cleaned(_ text: String, lines: LineMode = .singleLine) -> String {
        clean(text, lines: lines).value
    }

    // MARK: - Fast path

    /// Whether `bytes` are text that cleaning would not change: printable ASCII (plus `\n` in multi-line
    /// mode) and scalars U+00C0 to U+02FF (Latin-1 Supplement from `À`, Latin Extended-A and B, IPA,
    /// spacing modifiers: `é`, `Å`, `ā`, `Ł`, `×`, `˜`), with no space or line break at either end, next to
    /// a line break, or twice in a row. Those scalars are neither white space nor control characters, and
    /// every text of scalars below U+0300 is NFC.
    @inline(__always)
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, multiLine: Bool) -> Bool {
        digitsIfClean(bytes, multiLine: multiLine) != nil
    }

    /// ``isClean(_:multiLine:)``, counting ASCII digits on the way (for the tax-number pre-check, which
    /// needs three or more): the number of digits when the text is clean, `nil` when it is not.
    @inline(__always)
    static func digitsIfClean(_ bytes: UnsafeBufferPointer<UInt8>, multiLine: Bool) -> Int? {
        // `previous` starts as a line break, so a leading space or line break is caught.
        var previous: UInt8 = 0x0A
        var digits = 0
        for byte in bytes {
            if byte &- 0x21 < 0x5E {  // 0x21...0x7E
                digits &+= byte &- 0x30 < 10 ? 1 : 0
                previous = byte
                continue
            }
            if byte == 0x20 || (byte == 0x0A && multiLine) {
                if previous == 0x20 || previous == 0x0A { return nil }
                previous = byte
                continue
            }
            // A lead byte 0xC3...0xCB starts U+00C0...U+02FF; the text is valid UTF-8, so a continuation
            // byte (0x80...0xBF) here is the second byte of such a letter (any other lead ended the look).
            if byte &- 0xC3 < 9 || byte &- 0x80 < 0x40 {
                previous = byte
                continue
            }
            return nil
        }
        return bytes.isEmpty || (previous != 0x20 && previous != 0x0A) ? digits : nil
    }

    // MARK: - Slow path

    enum ScalarKind {
        case content, space, lineBreak, carriageReturn, control, invisible
    }

    /// How the cleaner treats the scalar whose UTF-8 encoding starts at `bytes[index]`, and the length of
    /// that encoding. White space is the Unicode `White_Space` property, spelled out as UTF-8 (it has not
    /// changed since Unicode 6.3): U+0009-U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000-U+200A,
    /// U+2028, U+2029, U+202F, U+205F, U+3000.
    @inline(__always)
    static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ScalarKind, Int) {
        let lead = bytes[index]
        if lead < 0x80 {
            switch lead {
            case 0x21...0x7E: return (.content, 1)
            case 0x20, 0x09: return (.space, 1)
            case 0x0A, 0x0B, 0x0C: return (.lineBreak, 1)
            case 0x0D: return (.carriageReturn, 1)
            default: return (.control, 1)
            }
        }
        // The input is valid UTF-8 (a Swift string), so the continuation bytes are there.
        switch lead {
        case 0xC2:
            switch bytes[index + 1] {
            case 0x85: return (.lineBreak, 2)
            case 0xA0: return (.space, 2)
            case 0x80...0x9F: return (.control, 2)
            default: return (.content, 2)
            }
        case ..<0xE0:
            return (.content, 2)
        case 0xE1:
            return (bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? .space : .content, 3)
        case 0xE2:
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                switch third {
                case 0x80...0x8A, 0xAF: return (.space, 3)
                case 0x8B...0x8D: return (.invisible, 3)
                case 0xA8, 0xA9: return (.lineBreak, 3)
                default: return (.content, 3)
                }
            }
            if second == 0x81 {
                if third == 0x9F { return (.space, 3) }
                if third == 0xA0 { return (.invisible, 3) }
            }
            return (.content, 3)
        case 0xE3:
            return (bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? .space : .content, 3)
        case 0xEF:
            return (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? .invisible : .content, 3)
        case ..<0xF0:
            return (.content, 3)
        default:
            return (.content, 4)
        }
    }

    static func cleanSlowly(
        _ bytes: UnsafeBufferPointer<UInt8>, original: String, multiLine: Bool
    ) -> Normalized<String> {
        var removedControl = false
        var removedInvisible = false
        var joinedLines = false
        // A scalar at or above U+0300 (lead byte 0xCC and up) may not be in NFC; below it everything is.
        var mayNeedComposing = false

        let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { output -> String? in
            var count = 0
            var pendingSpace = false
            var pendingBreak = false
            var lineHasContent = false
            var previousWasCR = false
            var index = 0
            while index < bytes.count {
                var (kind, length) = kind(bytes, at: index)
                if kind == .carriageReturn {
                    previousWasCR = true
                    kind = .lineBreak
                } else if previousWasCR {
                    previousWasCR = false
                    if bytes[index] == 0x0A {
                        index += 1
                        continue  // the LF of a CRLF: one break, already counted
                    }
                }
                switch kind {
                case .content:
                    if lineHasContent {
                        if pendingBreak {
                            output[count] = multiLine ? 0x0A : 0x20
                            count += 1
                            joinedLines = joinedLines || !multiLine
                        } else if pendingSpace {
                            output[count] = 0x20
                            count += 1
                        }
                    } else if count > 0 {
                        output[count] = 0x0A  // first content of a new line in multi-line mode
                        count += 1
                    }
                    pendingSpace = false
                    pendingBreak = false
                    lineHasContent = true
                    if bytes[index] >= 0xCC { mayNeedComposing = true }
                    for offset in 0..<length { output[count + offset] = bytes[index + offset] }
                    count += length
                case .space:
                    pendingSpace = true
                case .lineBreak, .carriageReturn:
                    if multiLine {
                        lineHasContent = false  // trailing white space of the line is dropped
                        pendingSpace = false
                    } else {
                        pendingBreak = true
                    }
                case .control:
                    removedControl = true
                case .invisible:
                    removedInvisible = true
                }
                index += length
            }
            let written = UnsafeBufferPointer(rebasing: output[..<count])
            if !mayNeedComposing && StringBytes.equal(written, bytes) { return nil }
            return String(decoding: written, as: UTF8.self)
        }

        var value = original
        if var result {
            if mayNeedComposing { result = result.precomposedStringWithCanonicalMapping }
            if !StringBytes.equal(bytes, result) { value = result }
        }
        var notes: [NormalizationNote] = []
        if removedControl { notes.append(.textControlCharactersRemoved) }
        if removedInvisible { notes.append(.textInvisibleCharactersRemoved) }
        if joinedLines { notes.append(.textLineBreaksJoined) }
        return Normalized(value, notes: notes)
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
