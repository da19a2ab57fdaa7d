/// Puts a postcode in its country's canonical form.
///
/// - Australia and New Zealand: 4 digits. A 3-digit code is a code whose leading zero a spreadsheet
///   dropped (`800` → `0800`, with a `postcode-leading-zero-restored` warning): in Australia only where a
///   real code starts with 0 (`02xx` ACT, `08xx`/`09xx` NT), in New Zealand any (`0110`-`0999` exist).
/// - United Kingdom: outward and inward code, upper case, one space (`sw1a1aa` → `SW1A 1AA`); the
///   outward code is one of `A9`, `A99`, `A9A`, `AA9`, `AA99`, `AA9A`, and `GIR 0AA` is accepted.
/// - United States: `12345` or ZIP+4 `12345-6789` (from `123456789` or `12345 6789` too). A 4- or
///   8-digit code lost its leading zero (New England, Puerto Rico): it is restored with a warning.
/// - Canada: `A1A 1A1`, upper case, one space; letters `D F I O Q U` are never used and `W Z` never start.
/// - A numeric cell's `.0` (`2150.0`, `800.0`) is dropped everywhere digits are expected, and full-width
///   characters are folded to ASCII.
///
/// A code that does not fit its country is kept as given (cleaned) with a `postcode-invalid` warning.
/// With no country, or another country, the cleaned text is returned unchanged, without a note.
///
/// - Complexity: O(*n*) on a stack buffer; a canonical code (`2150`, `SW1A 1AA`) is returned as given.
public enum PostcodeNormalizer {
    /// The canonical postcode.
    ///
    /// - Parameter country: ISO 3166-1 alpha-2 code (case-insensitive; `UK` is read as `GB`; a country
    ///   name is looked up), or `nil`.
    public static func normalize(_ text: String, country: String?) -> Normalized<String> {
        let cleaned = TextCleaner.clean(text)
        if cleaned.value.isEmpty { return cleaned }
        guard let format = format(for: country) else { return cleaned }
        var value = cleaned.value
        if StringBytes.withBytes(value, { isCanonical($0, format: format) }) { return cleaned }
        if !StringBytes.isASCII(value) { value = TextCleaner.foldingFullwidth(value) }
        let count = value.utf8.count
        guard count <= 16, StringBytes.isASCII(value) else {
            return Normalized(cleaned.value, notes: cleaned.notes + [.postcodeInvalid])
        }
        let outcome = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            _ = buffer.initialize(from: value.utf8)
            return parse(buffer, count: count, format: format)
        }
        switch outcome {
        case .none:
            return Normalized(cleaned.value, notes: cleaned.notes + [.postcodeInvalid])
        case .some(let (code, restored)):
            let result = StringBytes.equal(code, cleaned.value) ? cleaned.value : code
            var notes = cleaned.notes
            if restored { notes.append(.postcodeLeadingZeroRestored) }
            return Normalized(result, notes: notes)
        }
    }

    /// The format of the country's postcodes (an ISO alpha-2 code or a name), when it is one checked here.
    private static func format(for country: String?) -> Format? {
        switch CountryNames.packedAlpha2(country) {
        case CountryCode.au: .australia
        case CountryCode.nz: .newZealand
        case CountryCode.gb: .unitedKingdom
        case CountryCode.us: .unitedStates
        case CountryCode.ca: .canada
        default: nil
        }
    }

    /// Whether ``normalize(_:country:)`` gives back a code as it is, with nothing to note, when the code
    /// is clean text (``TextCleaner/digitsIfClean(_:multiLine:)``, the caller's to check): it is canonical
    /// for the country's format, or the country's postcodes are not checked.
    static func isKept(_ bytes: UnsafeBufferPointer<UInt8>, country: String?) -> Bool {
        guard let format = format(for: country) else { return true }
        return isCanonical(bytes, format: format)
    }

    /// Whether the code is already canonical (what ``parse(_:count:format:)`` would give back), decided
    /// without copying: an Australian or New Zealand code of 4 digits, a ZIP of 5 digits or a ZIP+4, a UK
    /// code of valid outward and inward codes in upper case with one space, a Canadian `A1A 1A1`.
    @inline(__always)
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>, format: Format) -> Bool {
        func digits(_ range: Range<Int>) -> Bool {
            for index in range where !isDigit(bytes[index]) { return false }
            return true
        }
        let count = bytes.count
        switch format {
        case .australia, .newZealand: return count == 4 && digits(0..<4)
        case .unitedStates:
            if count == 5 { return digits(0..<5) }
            return count == 10 && bytes[5] == UInt8(ascii: "-") && digits(0..<5) && digits(6..<10)
        case .unitedKingdom:
            guard count >= 6, count <= 8, bytes[count - 4] == 0x20 else { return false }
            return isUKInward(bytes[count - 3], bytes[count - 2], bytes[count - 1])
                && isUKOutward(UnsafeBufferPointer(rebasing: bytes[..<(count - 4)]))
        case .canada:
            guard count == 7, bytes[3] == 0x20 else { return false }
            for index in 0..<3 where !isCanadian(bytes[index], at: index) || !isCanadian(bytes[index + 4], at: index + 3) {
                return false
            }
            return true
        }
    }

    enum Format {
        case australia, newZealand, unitedKingdom, unitedStates, canada
    }

    /// The canonical code and whether a leading zero was restored; `nil` when invalid.
    static func parse(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int, format: Format) -> (String, Bool)? {
        // Compact to significant characters, upper-cased: digits and letters, plus `-` for ZIP+4.
        var length = 0
        var hyphens = 0
        var spaces = 0
        var end = count
        if end > 2, buffer[end - 1] == UInt8(ascii: "0"), buffer[end - 2] == UInt8(ascii: "."),
            buffer[..<(end - 2)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            end -= 2
        }
        for index in 0..<end {
            var byte = buffer[index]
            switch byte {
            case 0x30...0x39, 0x41...0x5A: break
            case 0x61...0x7A: byte -= 0x20
            case 0x20:
                spaces += 1
                continue
            case UInt8(ascii: "-"):
                hyphens += 1
                continue
            default: return nil
            }
            buffer[length] = byte
            length += 1
        }
        let code = UnsafeBufferPointer(rebasing: buffer[..<length])
        switch format {
        case .australia, .newZealand:
            guard hyphens == 0, spaces == 0, code.allSatisfy(isDigit) else { return nil }
            if length == 4 { return (ascii(code), false) }
            if length == 3, format == .newZealand || [UInt8(ascii: "2"), UInt8(ascii: "8"), UInt8(ascii: "9")].contains(code[0]) {
                return ("0" + ascii(code), true)
            }
            return nil
        case .unitedStates:
            guard hyphens <= 1, code.allSatisfy(isDigit) else { return nil }
            switch length {
            case 5 where hyphens == 0: return (ascii(code), false)
            case 4 where hyphens == 0: return ("0" + ascii(code), true)
            case 9: return (ascii(code[..<5]) + "-" + ascii(code[5...]), false)
            case 8: return ("0" + ascii(code[..<4]) + "-" + ascii(code[4...]), true)
            default: return nil
            }
        case .canada:
            guard hyphens <= 1, length == 6 else { return nil }
            for index in 0..<6 where !isCanadian(code[index], at: index) { return nil }
            return (spaced(code, at: 3), false)
        case .unitedKingdom:
            guard hyphens == 0, length >= 5, length <= 7 else { return nil }
            guard isUKInward(code[length - 3], code[length - 2], code[length - 1]),
                isUKOutward(UnsafeBufferPointer(rebasing: code[..<(length - 3)]))
            else { return nil }
            return (spaced(code, at: length - 3), false)
        }
    }

    /// The code with one space before byte `at`.
    static func spaced(_ code: UnsafeBufferPointer<UInt8>, at split: Int) -> String {
        String(unsafeUninitializedCapacity: code.count + 1) { buffer in
            for index in 0..<code.count { buffer[index < split ? index : index + 1] = code[index] }
            buffer[split] = 0x20
            return code.count + 1
        }
    }

    /// `A9`, `A99`, `A9A`, `AA9`, `AA99`, `AA9A`, or `GIR`.
    static func isUKOutward(_ outward: UnsafeBufferPointer<UInt8>) -> Bool {
        if outward.elementsEqual("GIR".utf8) { return true }
        guard outward.count >= 2, outward.count <= 4, isLetter(outward[0]) else { return false }
        // Patterns after the first letter: 9, 99, 9A, A9, A99, A9A.
        switch outward.count {
        case 2: return isDigit(outward[1])
        case 3:
            return (isDigit(outward[1]) && (isDigit(outward[2]) || isLetter(outward[2])))
                || (isLetter(outward[1]) && isDigit(outward[2]))
        default: return isLetter(outward[1]) && isDigit(outward[2]) && (isDigit(outward[3]) || isLetter(outward[3]))
        }
    }

    /// A UK inward code: a digit and two letters.
    @inline(__always)
    static func isUKInward(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        isDigit(first) && isLetter(second) && isLetter(third)
    }

    /// Whether `byte` may stand at `position` (0-5, the space left out) of a Canadian postal code: letters
    /// at even positions, never `D F I O Q U`, and not `W` or `Z` first; digits at odd positions.
    @inline(__always)
    static func isCanadian(_ byte: UInt8, at position: Int) -> Bool {
        guard position % 2 == 0 else { return isDigit(byte) }
        switch byte {
        case UInt8(ascii: "D"), UInt8(ascii: "F"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "Q"),
            UInt8(ascii: "U"):
            return false
        case UInt8(ascii: "W"), UInt8(ascii: "Z"): return position != 0
        default: return isLetter(byte)
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func ascii<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension NormalizationNote {
    static let postcodeInvalid = Self(.postcodeInvalid, .warning, "postcode kept as given: not valid for its country")
    static let postcodeLeadingZeroRestored = Self(
        .postcodeLeadingZeroRestored, .warning,
        "postcode leading zero restored: a spreadsheet read the postcode as a number")
}
