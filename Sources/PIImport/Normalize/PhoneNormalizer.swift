/// Turns a phone cell into E.164 (`02 9000 1111` in Australia → `+61290001111`).
///
/// National numbers are formatted for Australia (`AU`), New Zealand (`NZ`), the United Kingdom (`GB`,
/// or `UK`) and the North American numbering plan (`US`, `CA`). Numbers already in international form,
/// `+CC…` or `00CC…` (and `0011CC…` in Australia, `011CC…` in North America), are formatted for any
/// country: the digits are kept and must number 8 to 15; for the four countries above the national part
/// is checked too, and a trunk `0` after the country code (`+44 (0)20 7946 0018`) is dropped.
///
/// Also handled: labels in front (`Phone:`, `Ph`, `Tel:`, `Mobile:`, `M:`, `Fax`, `Work`…, as in QBO's
/// `Phone:(415) 444-6538`); separators (spaces, `-`, `.`, `/`, parentheses, Unicode dashes); digits of any
/// script, full-width `０４１２` included; a trailing `.0` from a numeric cell; an extension
/// (`x123`, `ext. 123`, `extn 123`, `extension 123`, `#123`) which moves to
/// ``PhoneNumber/extensionNumber`` with an info note.
///
/// Decisions:
/// - Australian `1300`/`1800`/`190x` numbers (10 digits) and `13 xx xx` numbers (6 digits), and New
///   Zealand `0800`/`0508` numbers, cannot be dialled from abroad and have no E.164 form in domestic use:
///   they are kept in national form, spaced `1300 123 456`, `13 12 34`, `0800 123 456`, with a
///   `phone-national-only` info note.
/// - A national number one digit short that starts as a landline or mobile would after the trunk `0`
///   (Australian `412338902`, British `7700900123`) lost its `0` in a spreadsheet: the `0` is assumed,
///   with a `phone-leading-zero-restored` warning. North American numbers have no trunk `0`.
/// - A number written with its country code but without `+` (`61 412 338 902`, `44 20 7946 0018`) is
///   taken as international when the country is AU, NZ or GB (their national numbers start with `0`).
/// - Anything else is kept as given (cleaned of white space and of the label) with a warning:
///   `phone-not-normalized` when there is no country, or the country is not one of the four above;
///   `phone-invalid` for a wrong number of digits or letters (`1300 FLOWERS`); `phone-scientific-notation`
///   for `6.14E+10` (the digits Excel rounded away cannot be recovered). The extension then stays in the
///   kept text.
///
/// - Complexity: O(*n*), working on a stack buffer of the cell's ASCII-folded bytes. A cell already in
///   E.164 comes back as given; a formatted AU, NZ, UK or NANP number (at most 13 bytes) fits Swift's
///   small-string storage and does not allocate.
public enum PhoneNormalizer {
    /// The normalized number.
    ///
    /// - Parameters:
    ///   - country: the row's country as an ISO 3166-1 alpha-2 code (from ``CountryNames/code(for:)``),
    ///     case-insensitive; `UK` is read as `GB`, and a country name is looked up.
    ///   - defaultCountry: the country to use when `country` is `nil` (a caller's setting, e.g. `AU` for an
    ///     Australian practice).
    public static func normalize(
        _ text: String, country: String? = nil, defaultCountry: String? = nil
    ) -> Normalized<PhoneNumber> {
        let region = country.map { Region(code: $0) } ?? Region(code: defaultCountry)
        if let plain = StringBytes.withBytes(text, { plainNumber($0, text: text, region: region) }) { return plain }
        return normalizeByParsing(text, region: region)
    }

    /// ``normalize(_:country:defaultCountry:)`` without the one-pass look for a plain number: labels,
    /// extensions, `(0)`, a numeric cell's `.0`, any script and white space.
    static func normalizeByParsing(_ text: String, region: Region) -> Normalized<PhoneNumber> {
        // A clean ASCII cell (nearly every one) is folded and parsed straight from its bytes, in one look.
        let parsed = StringBytes.withBytes(text) { bytes -> Normalized<PhoneNumber>? in
            guard !bytes.isEmpty, TextCleaner.isClean(bytes, multiLine: false) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                foldASCII(bytes, into: buffer) ? parse(buffer, count: bytes.count, value: text, region: region) : nil
            }
        }
        if let parsed { return parsed }
        let cleaned = TextCleaner.clean(text)
        let value = cleaned.value
        if value.isEmpty { return Normalized(PhoneNumber(value), notes: cleaned.notes) }
        var result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.utf8.count) { buffer in
            let count = fold(value, into: buffer)
            return parse(buffer, count: count, value: value, region: region)
        }
        if !cleaned.notes.isEmpty { result.notes.insert(contentsOf: cleaned.notes, at: 0) }
        return result
    }

    /// The most bytes a plain number (``plainNumber(_:text:region:)``) has.
    static let plainNumberCapacity = 32

    /// A plain number, as nearly every cell holds: ASCII digits, a `+` as its first byte, and single
    /// separators (a space, `-`, `.`, `/`, and parentheses when there is no `+`), no space at either end,
    /// not ending in `.0`. Such text has no label, extension, `(0)` or scientific notation and needs no
    /// cleaning, so its digits are gathered in one pass and formatted as the full path
    /// (``normalizeByParsing(_:region:)``) would; `nil` for any other text, which that path then takes.
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, text: String, region: Region) -> Normalized<PhoneNumber>? {
        withPlainDigits(bytes) { digits, plus in
            let outcome = outcome(digits, plus: plus, region: region)
            if case .failed(let notes) = outcome { return Normalized(PhoneNumber(text), notes: notes) }
            // Only `+` and digits can already be the E.164 text.
            return formatted(outcome, value: text, extensionNumber: nil, mayBeE164: plus && digits.count == bytes.count - 1)
        }
    }

    /// Whether ``normalize(_:country:defaultCountry:)`` gives `bytes` with nothing to note and nothing the
    /// tax-number pre-check would look at: a plain number (``plainNumber(_:text:region:)``) that is a whole
    /// number of the row's region or an international one, with no trunk zero assumed.
    static func isQuiet(_ bytes: UnsafeBufferPointer<UInt8>, country: String?, defaultCountry: String?) -> Bool {
        let region = country.map { Region(code: $0) } ?? Region(code: defaultCountry)
        return withPlainDigits(bytes) { digits, plus in
            guard case .e164(let countryCode, let national, zeroRestored: false) = outcome(digits, plus: plus, region: region)
            else { return false }
            return !TaxNumberRedactor.mayHoldTaxNumber(e164(countryCode, national))
        } ?? false
    }

    /// `body` of the digits of a plain number (``plainNumber(_:text:region:)``) and whether it starts
    /// with `+`; `nil` when `bytes` is not a plain number.
    private static func withPlainDigits<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result?
    ) -> Result? {
        let count = bytes.count
        guard count > 0, count <= plainNumberCapacity else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: plainNumberCapacity) { buffer in
            let plus = bytes[0] == UInt8(ascii: "+")
            // The separators, as bits above 0x20: space, `(` (not after a `+`, where `(0)` may follow), `)`,
            // `-`, `.`, `/`.
            let separators: UInt16 = plus ? 0xE201 : 0xE301
            var digitCount = 0
            // A space first or after a space is not plain (the text cleaner would change it).
            var previous: UInt8 = plus ? UInt8(ascii: "+") : 0x20
            for index in (plus ? 1 : 0)..<count {
                let byte = bytes[index]
                if byte &- 0x30 < 10 {
                    buffer[digitCount] = byte
                    digitCount += 1
                } else {
                    let bit = byte &- 0x20
                    guard bit < 16, separators &>> bit & 1 != 0, byte != 0x20 || previous != 0x20 else { return nil }
                }
                previous = byte
            }
            guard digitCount > 0, previous != 0x20,
                !(previous == UInt8(ascii: "0") && count >= 2 && bytes[count - 2] == UInt8(ascii: "."))
            else { return nil }
            return body(UnsafeBufferPointer(rebasing: buffer[..<digitCount]), plus)
        }
    }

    // MARK: - Regions

    /// The countries whose national numbers this normalizer formats.
    enum Region {
        case au, nz, gb, nanp
        case other
        case none

        init(code: String?) {
            switch CountryNames.packedAlpha2(code) {
            case CountryCode.au: self = .au
            case CountryCode.nz: self = .nz
            case CountryCode.gb: self = .gb
            case CountryCode.us, CountryCode.ca: self = .nanp
            case nil: self = .none
            default: self = .other
            }
        }
    }

    // MARK: - Folding

    /// Writes the text into `buffer` as one ASCII byte per scalar: digits of any script as `0`-`9`,
    /// full-width forms as ASCII, letters lower-cased, Unicode dashes as `-`, anything else as 0xFF.
    /// Returns the number of bytes written.
    static func fold(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        if let ascii = StringBytes.withBytes(text, { foldASCII($0, into: buffer) ? $0.count : nil }) { return ascii }
        var count = 0
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }  // full-width ASCII
            let byte: UInt8
            switch value {
            case 0x41...0x5A: byte = UInt8(value + 0x20)
            case 0..<0x80: byte = UInt8(value)
            case 0x2010...0x2015, 0x2212: byte = UInt8(ascii: "-")
            default:
                if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                    byte = UInt8(ascii: "0") + UInt8(digit)
                } else {
                    byte = 0xFF
                }
            }
            buffer[count] = byte
            count += 1
        }
        return count
    }

    /// ``fold(_:into:)`` for ASCII bytes, one for one: `false` (with the buffer partly written) at the
    /// first byte that is not ASCII.
    @inline(__always)
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return false }
            buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        return true
    }

    // MARK: - Parsing

    static func parse(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int, value: String, region: Region
    ) -> Normalized<PhoneNumber> {
        var start = 0
        var end = count
        let labelEnd = labelLength(buffer, end: end)
        start = labelEnd
        while start < end && buffer[start] == 0x20 { start += 1 }

        func keptAsGiven(_ notes: [NormalizationNote]) -> Normalized<PhoneNumber> {
            var kept = value
            if labelEnd > 0 {
                kept = String(String.UnicodeScalarView(value.unicodeScalars.dropFirst(start)))
            }
            return Normalized(PhoneNumber(kept), notes: notes)
        }

        if start == end { return keptAsGiven(KeptNotes.noDigits) }
        if isScientific(buffer, start, end) { return keptAsGiven(KeptNotes.scientificNotation) }

        var extensionNumber: String?
        if let (markerStart, digitsStart) = extensionRange(buffer, start, end) {
            extensionNumber = String(decoding: UnsafeBufferPointer(rebasing: buffer[digitsStart..<end]), as: UTF8.self)
            end = markerStart
            while end > start && buffer[end - 1] == 0x20 { end -= 1 }
        }
        // A numeric cell's `.0`.
        if end - start > 2, buffer[end - 1] == UInt8(ascii: "0"), buffer[end - 2] == UInt8(ascii: "."),
            buffer[start..<(end - 2)].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            end -= 2
        }

        // Digits, compacted in place at the front of the buffer.
        var digitCount = 0
        var plus = false
        var index = start
        while index < end {
            let byte = buffer[index]
            switch byte {
            case 0x30...0x39:
                buffer[digitCount] = byte
                digitCount += 1
            case UInt8(ascii: "+") where digitCount == 0 && !plus:
                plus = true
            case UInt8(ascii: "(") where plus && digitCount > 0 && index + 2 < end
                && buffer[index + 1] == 0x30 && buffer[index + 2] == UInt8(ascii: ")"):
                index += 2  // `(0)`: a trunk prefix written into an international number
            case 0x20, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "/"):
                break
            default:
                return keptAsGiven(KeptNotes.invalidCharacters)
            }
            index += 1
        }
        if digitCount == 0 { return keptAsGiven(KeptNotes.noDigits) }
        let outcome = outcome(UnsafeBufferPointer(rebasing: buffer[..<digitCount]), plus: plus, region: region)
        if case .failed(let notes) = outcome { return keptAsGiven(notes) }
        return formatted(outcome, value: value, extensionNumber: extensionNumber, mayBeE164: true)
    }

    /// What the number's digits make: international after a `+` or an international call prefix, else
    /// national for the region.
    @inline(__always)
    static func outcome(_ digits: UnsafeBufferPointer<UInt8>, plus: Bool, region: Region) -> Outcome {
        if plus { return international(digits) }
        if let prefix = internationalPrefixLength(digits, region: region) {
            return international(UnsafeBufferPointer(rebasing: digits[prefix...]))
        }
        return national(digits, region: region)
    }

    /// The number an outcome other than `.failed` gives: `value` itself when it already is that E.164
    /// text (looked for only when `mayBeE164`), with the outcome's note and the extension's.
    static func formatted(
        _ outcome: Outcome, value: String, extensionNumber: String?, mayBeE164: Bool
    ) -> Normalized<PhoneNumber> {
        let number: String
        let note: NormalizationNote?
        switch outcome {
        case .failed:
            preconditionFailure("a number kept as given is not formatted")
        case .national(let formatted):
            number = formatted
            note = .phoneNationalOnly
        case .e164(let countryCode, let national, let zeroRestored):
            number = mayBeE164 && isE164(value, countryCode, national) ? value : e164(countryCode, national)
            note = zeroRestored ? .phoneLeadingZeroRestored : nil
        }
        if note == nil && extensionNumber == nil { return Normalized(PhoneNumber(number)) }
        var notes: [NormalizationNote] = []
        if let note { notes.append(note) }
        if extensionNumber != nil { notes.append(.phoneExtensionSeparated) }
        return Normalized(PhoneNumber(number, extensionNumber: extensionNumber), notes: notes)
    }

    enum Outcome {
        /// `+` country code national digits (the digits point into the parse buffer); `zeroRestored` when a
        /// national number's missing trunk `0` was assumed. No note payload, so the outcome copies freely.
        case e164(StaticString, UnsafeBufferPointer<UInt8>, zeroRestored: Bool)
        /// A national-only form, already spaced (noted `phone-national-only`).
        case national(String)
        /// Kept as given, with these notes (one of ``KeptNotes``).
        case failed([NormalizationNote])
    }

    /// The note of a number kept as given, each in a one-note array made once: returning one allocates
    /// nothing, and some exports keep every other number as given.
    enum KeptNotes {
        static let noCountry = [NormalizationNote.phoneNoCountry]
        static let unsupportedCountry = [NormalizationNote.phoneUnsupportedCountry]
        static let wrongLength = [NormalizationNote.phoneWrongLength]
        static let invalidInternational = [NormalizationNote.phoneInvalidInternational]
        static let invalidCharacters = [NormalizationNote.phoneInvalidCharacters]
        static let noDigits = [NormalizationNote.phoneNoDigits]
        static let scientificNotation = [NormalizationNote.phoneScientificNotation]
    }

    /// Whether the text already is `+` country code national digits, byte for byte.
    static func isE164(_ text: String, _ countryCode: StaticString, _ national: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == 1 + countryCode.utf8CodeUnitCount + national.count else { return false }
        return StringBytes.withBytes(text) { bytes in
            countryCode.withUTF8Buffer { code in
                guard bytes[0] == UInt8(ascii: "+") else { return false }
                for index in 0..<code.count where bytes[1 + index] != code[index] { return false }
                let offset = 1 + code.count
                for index in 0..<national.count where bytes[offset + index] != national[index] { return false }
                return true
            }
        }
    }

    /// Where a label in front of the number ends (`Phone:`, `Ph.`, `Mobile -`, `Tel/Fax:`), or 0.
    static func labelLength(_ buffer: UnsafeMutableBufferPointer<UInt8>, end: Int) -> Int {
        var index = 0
        var wordStart = -1
        var sawWord = false
        while index <= end {
            let byte = index < end ? buffer[index] : 0
            let isLetter = byte >= 0x61 && byte <= 0x7A
            if isLetter {
                if wordStart < 0 { wordStart = index }
            } else {
                if wordStart >= 0 {
                    let word = UnsafeBufferPointer(rebasing: buffer[wordStart..<index])
                    guard isLabelWord(word) else { return 0 }
                    sawWord = true
                    wordStart = -1
                }
                switch byte {
                case 0x20, UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"):
                    break
                case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "("):
                    // Where the number starts. `-` and `.` just before it belong to the label.
                    return sawWord ? index : 0
                default:
                    return 0
                }
            }
            index += 1
        }
        return 0
    }

    static let labelWords: Set<String> = [
        "phone", "ph", "phn", "tel", "telephone", "t", "p", "mobile", "mob", "m", "cell", "cellphone", "c",
        "fax", "f", "work", "w", "home", "h", "office", "o", "business", "bus", "direct", "dd", "ddi",
        "main", "landline", "number", "no", "num", "primary", "alt", "alternate", "other", "mobile phone",
    ]

    static func isLabelWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 10 else { return false }
        return labelWords.contains(String(decoding: word, as: UTF8.self))
    }

    /// `6.14E+10`, `4.15444e9`, `6,14E+10`: what Excel shows for a long number in a General cell.
    static func isScientific(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        var mantissaDigits = 0
        while index < end, buffer[index] >= 0x30 && buffer[index] <= 0x39 {
            mantissaDigits += 1
            index += 1
        }
        guard mantissaDigits > 0 else { return false }
        if index < end, buffer[index] == UInt8(ascii: ".") || buffer[index] == UInt8(ascii: ",") {
            index += 1
            while index < end, buffer[index] >= 0x30 && buffer[index] <= 0x39 { index += 1 }
        }
        guard index < end, buffer[index] == UInt8(ascii: "e") else { return false }
        index += 1
        if index < end, buffer[index] == UInt8(ascii: "+") { index += 1 }
        var exponentDigits = 0
        while index < end, buffer[index] >= 0x30 && buffer[index] <= 0x39 {
            exponentDigits += 1
            index += 1
        }
        return exponentDigits > 0 && index == end
    }

    /// An extension at the end: (marker start, digits start), for `x123`, `ext. 123`, `extn: 123`,
    /// `extension 123`, `#123`. The marker must follow a space, a digit or `)`.
    static func extensionRange(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (Int, Int)? {
        var index = end
        while index > start, buffer[index - 1] >= 0x30 && buffer[index - 1] <= 0x39 { index -= 1 }
        let digitsStart = index
        guard digitsStart < end, end - digitsStart <= 7 else { return nil }
        while index > start, buffer[index - 1] == 0x20 || buffer[index - 1] == UInt8(ascii: ".")
            || buffer[index - 1] == UInt8(ascii: ":")
        {
            index -= 1
        }
        let markerEnd = index
        if index > start, buffer[index - 1] == UInt8(ascii: "#") {
            index -= 1
        } else {
            while index > start, buffer[index - 1] >= 0x61 && buffer[index - 1] <= 0x7A { index -= 1 }
            guard index < markerEnd else { return nil }
            let marker = UnsafeBufferPointer(rebasing: buffer[index..<markerEnd])
            guard extensionMarkers.contains(where: { $0.withUTF8Buffer { marker.elementsEqual($0) } }) else { return nil }
        }
        guard index > start else { return nil }
        let before = buffer[index - 1]
        guard before == 0x20 || before == UInt8(ascii: ")") || (before >= 0x30 && before <= 0x39) else { return nil }
        return (index, digitsStart)
    }

    static let extensionMarkers: [StaticString] = ["x", "ext", "extn", "extension", "ex"]

    /// The length of an international call prefix in front of the digits: `00`, or `0011` in Australia,
    /// `011` in North America.
    static func internationalPrefixLength(_ digits: UnsafeBufferPointer<UInt8>, region: Region) -> Int? {
        if region == .au, digits.hasPrefix("0011"), digits.count > 4 + 7 { return 4 }
        if region == .nanp, digits.hasPrefix("011"), digits.count > 3 + 7 { return 3 }
        if region != .nanp, digits.hasPrefix("00"), digits.count > 2 + 7 { return 2 }
        return nil
    }

    // MARK: - International

    static func international(_ digits: UnsafeBufferPointer<UInt8>) -> Outcome {
        if digits.first == UInt8(ascii: "1") {
            return nanp(UnsafeBufferPointer(rebasing: digits[1...]), international: true)
        }
        if digits.hasPrefix("61") {
            return australia(UnsafeBufferPointer(rebasing: digits[2...]), international: true)
        }
        if digits.hasPrefix("64") {
            return newZealand(UnsafeBufferPointer(rebasing: digits[2...]), international: true)
        }
        if digits.hasPrefix("44") {
            return unitedKingdom(UnsafeBufferPointer(rebasing: digits[2...]), international: true)
        }
        guard digits.count >= 8, digits.count <= 15, digits.first != UInt8(ascii: "0") else {
            return .failed(KeptNotes.invalidInternational)
        }
        return .e164("", digits, zeroRestored: false)
    }

    // MARK: - National

    static func national(_ digits: UnsafeBufferPointer<UInt8>, region: Region) -> Outcome {
        switch region {
        case .au: australia(digits, international: false)
        case .nz: newZealand(digits, international: false)
        case .gb: unitedKingdom(digits, international: false)
        case .nanp: nanp(digits, international: false)
        case .other: .failed(KeptNotes.unsupportedCountry)
        case .none: .failed(KeptNotes.noCountry)
        }
    }

    /// Australia: `0` + 9 digits (`02`, `03`, `04`, `05`, `07`, `08`); `1300`/`1800`/`190x` + 6 and
    /// `13` + 4 kept national.
    static func australia(_ digits: UnsafeBufferPointer<UInt8>, international: Bool) -> Outcome {
        var national = digits
        var zeroRestored = false
        if !international {
            if digits.count == 10, digits.hasPrefix("1300") || digits.hasPrefix("1800")
                || digits.hasPrefix("190")
            {
                return .national(grouped(digits, [4, 3, 3]))
            }
            if digits.count == 6, digits.hasPrefix("13") {
                return .national(grouped(digits, [2, 2, 2]))
            }
            if digits.count == 11, digits.hasPrefix("61") {
                national = UnsafeBufferPointer(rebasing: digits[2...])
            }
        }
        if national.count == 10, national.first == UInt8(ascii: "0") {
            national = UnsafeBufferPointer(rebasing: national[1...])
        } else if national.count == 9, !international, national.count == digits.count {
            zeroRestored = true
        }
        let valid: Bool =
            switch national.first {
            case UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "5"), UInt8(ascii: "7"),
                UInt8(ascii: "8"):
                national.count == 9
            default: false
            }
        guard valid else { return .failed(KeptNotes.wrongLength) }
        return .e164("61", national, zeroRestored: zeroRestored)
    }

    /// New Zealand: landlines `0` + `3`/`4`/`6`/`7`/`9` + 7 digits; mobiles `02` + 7 to 9 digits;
    /// `0800`/`0508` kept national.
    static func newZealand(_ digits: UnsafeBufferPointer<UInt8>, international: Bool) -> Outcome {
        var national = digits
        var zeroRestored = false
        if !international {
            if digits.hasPrefix("0800") || digits.hasPrefix("0508"), digits.count == 10 || digits.count == 11 {
                return .national(grouped(digits, digits.count == 10 ? [4, 3, 3] : [4, 3, 4]))
            }
            if digits.hasPrefix("64"), digits.count >= 10, digits.count <= 12 {
                national = UnsafeBufferPointer(rebasing: digits[2...])
            }
        }
        (national, zeroRestored) = withoutTrunkZero(national, of: digits, international: international)
        guard let first = national.first else { return .failed(KeptNotes.wrongLength) }
        let valid: Bool =
            switch first {
            case UInt8(ascii: "2"): national.count >= 8 && national.count <= 10
            case UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "6"), UInt8(ascii: "7"), UInt8(ascii: "9"):
                national.count == 8
            case UInt8(ascii: "8"), UInt8(ascii: "5"): international && national.count >= 8 && national.count <= 10
            default: false
            }
        guard valid else { return .failed(KeptNotes.wrongLength) }
        return .e164("64", national, zeroRestored: zeroRestored)
    }

    /// United Kingdom: `0` + 10 digits, or `0` + 9 for some `01` areas and `0800` numbers.
    static func unitedKingdom(_ digits: UnsafeBufferPointer<UInt8>, international: Bool) -> Outcome {
        var national = digits
        var zeroRestored = false
        if !international, digits.hasPrefix("44"), digits.count == 12 || digits.count == 11 {
            national = UnsafeBufferPointer(rebasing: digits[2...])
        }
        (national, zeroRestored) = withoutTrunkZero(national, of: digits, international: international)
        guard let first = national.first else { return .failed(KeptNotes.wrongLength) }
        let valid: Bool =
            switch first {
            case UInt8(ascii: "1"), UInt8(ascii: "8"): national.count == 9 || national.count == 10
            case UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "7"), UInt8(ascii: "9"):
                national.count == 10
            default: false
            }
        guard valid else { return .failed(KeptNotes.wrongLength) }
        return .e164("44", national, zeroRestored: zeroRestored)
    }

    /// The national number without its trunk `0`; a national number written without it (Excel drops
    /// leading zeros) is marked as having its zero restored.
    private static func withoutTrunkZero(
        _ national: UnsafeBufferPointer<UInt8>, of digits: UnsafeBufferPointer<UInt8>, international: Bool
    ) -> (UnsafeBufferPointer<UInt8>, zeroRestored: Bool) {
        if national.first == UInt8(ascii: "0") { return (UnsafeBufferPointer(rebasing: national[1...]), false) }
        if !international, national.count == digits.count { return (national, true) }
        return (national, false)
    }

    /// North America: 10 digits, area code and exchange starting 2-9, optionally after a `1`.
    static func nanp(_ digits: UnsafeBufferPointer<UInt8>, international: Bool) -> Outcome {
        var national = digits
        if !international, digits.count == 11, digits.first == UInt8(ascii: "1") {
            national = UnsafeBufferPointer(rebasing: digits[1...])
        }
        guard national.count == 10, national[0] >= UInt8(ascii: "2"), national[3] >= UInt8(ascii: "2") else {
            return .failed(KeptNotes.wrongLength)
        }
        return .e164("1", national, zeroRestored: false)
    }

    // MARK: - Formatting

    /// `+` + country code + digits: written straight into a small string's two words when it fits in one
    /// (every AU, NZ, UK and NANP number; ``SmallString``), without a buffer, a closure or an allocation.
    static func e164(_ countryCode: StaticString, _ digits: UnsafeBufferPointer<UInt8>) -> String {
        let code = UnsafeBufferPointer(start: countryCode.utf8Start, count: countryCode.utf8CodeUnitCount)
        let count = 1 + code.count + digits.count
        guard count <= SmallString.capacity, SmallString.isAvailable else {
            return String(unsafeUninitializedCapacity: count) { buffer in
                buffer[0] = UInt8(ascii: "+")
                _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: code)
                _ = UnsafeMutableBufferPointer(rebasing: buffer[(1 + code.count)...]).initialize(from: digits)
                return count
            }
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw[0] = UInt8(ascii: "+")
            for index in 0..<code.count { raw[1 + index] = code[index] }
            for index in 0..<digits.count { raw[1 + code.count + index] = digits[index] }
        }
        return withUnsafeBytes(of: &words) { SmallString.make(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// The digits in groups separated by spaces (`1300 123 456`).
    static func grouped(_ digits: UnsafeBufferPointer<UInt8>, _ groups: [Int]) -> String {
        String(unsafeUninitializedCapacity: digits.count + groups.count) { buffer in
            var count = 0
            var read = 0
            for (number, size) in groups.enumerated() {
                if number > 0 {
                    buffer[count] = 0x20
                    count += 1
                }
                for _ in 0..<size where read < digits.count {
                    buffer[count] = digits[read]
                    count += 1
                    read += 1
                }
            }
            return count
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes start with the ASCII `prefix`.
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard count >= prefix.count else { return false }
            for index in 0..<prefix.count where self[index] != prefix[index] { return false }
            return true
        }
    }
}

extension NormalizationNote {
    static let phoneNoCountry = Self(
        .phoneNotNormalized, .warning, "phone kept as given: no country to format it for")
    static let phoneUnsupportedCountry = Self(
        .phoneNotNormalized, .warning,
        "phone kept as given: national numbers of this country are not formatted; write it with +country code")
    static let phoneWrongLength = Self(
        .phoneInvalid, .warning, "phone kept as given: wrong number of digits for its country")
    static let phoneInvalidInternational = Self(
        .phoneInvalid, .warning, "phone kept as given: an international number has 8 to 15 digits")
    static let phoneInvalidCharacters = Self(
        .phoneInvalid, .warning, "phone kept as given: holds letters or symbols that are not part of a number")
    static let phoneNoDigits = Self(.phoneInvalid, .warning, "phone kept as given: holds no digits")
    static let phoneScientificNotation = Self(
        .phoneScientificNotation, .warning,
        "phone kept as given: a spreadsheet turned it into scientific notation and its last digits are lost")
    static let phoneNationalOnly = Self(
        .phoneNationalOnly, .info, "phone kept in national form: the number cannot be dialled from abroad")
    static let phoneExtensionSeparated = Self(
        .phoneExtensionSeparated, .info, "extension moved out of the phone number into its own field")
    static let phoneLeadingZeroRestored = Self(
        .phoneLeadingZeroRestored, .warning,
        "phone number was missing its leading 0, as when a spreadsheet reads it as a number; 0 assumed")
}
