/// The single forward pass behind `TaxNumberRedactor`: words, digit runs and masked runs are read
/// left to right, each byte a bounded number of times, and the byte ranges to replace are collected.
///
/// Labels work as a small state machine: a tax label (`TFN`, `tax file number`…) or a public label
/// (`ABN`, `ACN`…) stays in force across filler (spaces, `:`, `#`, `-`, `(`, `no.`, `number`, `is`…)
/// for up to `maximumGapBytes` bytes and `maximumFillerWords` words, and across a list of numbers;
/// any other word or punctuation ends it.
struct RedactionScanner {
    typealias Vocabulary = RedactionVocabulary
    typealias Checksum = TaxNumberChecksum

    enum LabelState: Equatable {
        case none
        case secret
        case publicID(Vocabulary.PublicLabel)
    }

    enum SeparatorKind {
        case space, hyphen, dot, lineBreak
    }

    struct Separator {
        var kind: SeparatorKind
        var length: Int
    }

    struct Gap {
        var end: Int
        var lineBreak: Bool
        var isSingleHyphen: Bool
        var isSingleDot: Bool
    }

    static let maximumGapBytes = 16
    static let maximumFillerWords = 3
    static let maximumMaskedLength = 64
    /// A labelled number needs this many digits to be removed (a NINO has six): `IRD 2024 return` stays.
    static let minimumLabelledDigits = 6
    /// E.164 allows at most 15 digits in an international number.
    static let maximumPhoneDigits = 15

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let stripsUnlabelledEIN: Bool
    let stripsEveryNineDigitNumber: Bool

    /// Byte ranges to replace, sorted and disjoint.
    private(set) var ranges: [Range<Int>] = []

    private var position = 0
    private var label = LabelState.none
    private var pendingPrefix: Vocabulary.Prefix?
    private var gapBytes = 0
    private var fillerWords = 0

    /// The last word read: for NINO prefix letters and a UTR's leading `K`.
    private var lastWord = 0..<0
    private var lastWordIsPlain = false
    private var lastWordFollowedSecretLabel = false

    /// The end of the last international phone number (`+61 2 …`) and its digit count, so that
    /// `+61 (0)412 338 902` and `+1 (415) 444-6538` are read as one number.
    private var phoneEnd = -1
    private var phoneDigits = 0

    init(bytes: UnsafeBufferPointer<UInt8>, stripsUnlabelledEIN: Bool, stripsEveryNineDigitNumber: Bool) {
        self.bytes = bytes
        self.count = bytes.count
        self.stripsUnlabelledEIN = stripsUnlabelledEIN
        self.stripsEveryNineDigitNumber = stripsEveryNineDigitNumber
    }

    // MARK: - Bytes

    /// The byte at `index`, or 0 outside the text (0 is neither letter, digit nor separator).
    @inline(__always)
    func byte(_ index: Int) -> UInt8 {
        index >= 0 && index < count ? bytes[index] : 0
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    func isAlphanumeric(_ index: Int) -> Bool {
        let value = byte(index)
        return Self.isDigit(value) || Self.isLetter(value)
    }

    /// A separator that may join digit groups: space, tab, hyphen or Unicode dash, dot, no-break
    /// spaces (U+00A0, U+2007, U+2009, U+202F), line breaks (LF, CR, CRLF, U+2028).
    func separator(at index: Int) -> Separator? {
        switch byte(index) {
        case 0x20, 0x09: return Separator(kind: .space, length: 1)
        case 0x0A: return Separator(kind: .lineBreak, length: 1)
        case 0x0D: return Separator(kind: .lineBreak, length: byte(index + 1) == 0x0A ? 2 : 1)
        case 0x2D: return Separator(kind: .hyphen, length: 1)
        case 0x2E: return Separator(kind: .dot, length: 1)
        case 0xC2: return byte(index + 1) == 0xA0 ? Separator(kind: .space, length: 2) : nil
        case 0xE2:
            if byte(index + 1) == 0x80 {
                switch byte(index + 2) {
                case 0x87, 0x89, 0xAF: return Separator(kind: .space, length: 3)
                case 0x90...0x93: return Separator(kind: .hyphen, length: 3)
                case 0xA8: return Separator(kind: .lineBreak, length: 3)
                default: return nil
                }
            }
            return byte(index + 1) == 0x88 && byte(index + 2) == 0x92 ? Separator(kind: .hyphen, length: 3) : nil
        default: return nil
        }
    }

    /// The length of a mask character (`*`, `X`, `x`, `•`) at `index`, or 0.
    func maskLength(at index: Int) -> Int {
        switch byte(index) {
        case 0x2A, 0x58, 0x78: 1
        case 0xE2 where byte(index + 1) == 0x80 && byte(index + 2) == 0xA2: 3
        default: 0
        }
    }

    /// The join between two groups that starts at `index`: at most two spaces (four around a line
    /// break), one hyphen, one line break, or a lone dot; followed by a digit (or a mask character
    /// when `allowingMask`).
    func gap(at index: Int, allowingMask: Bool = false) -> Gap? {
        var end = index
        var spaces = 0
        var hyphens = 0
        var dots = 0
        var breaks = 0
        var scalars = 0
        while scalars < 7, let separator = separator(at: end) {
            switch separator.kind {
            case .space: spaces += 1
            case .hyphen: hyphens += 1
            case .dot: dots += 1
            case .lineBreak: breaks += 1
            }
            end += separator.length
            scalars += 1
        }
        guard scalars > 0, Self.isDigit(byte(end)) || (allowingMask && maskLength(at: end) > 0) else { return nil }
        guard hyphens <= 1, dots <= 1, breaks <= 1, spaces <= (breaks == 1 ? 4 : 2) else { return nil }
        if dots == 1, scalars != 1 { return nil }
        return Gap(
            end: end, lineBreak: breaks == 1, isSingleHyphen: hyphens == 1 && scalars == 1,
            isSingleDot: dots == 1 && scalars == 1)
    }

    // MARK: - Scan

    mutating func scan() {
        while position < count {
            let value = bytes[position]
            if Self.isDigit(value) {
                handleRun()
            } else if Self.isLetter(value) {
                if value | 0x20 == 0x78, let end = maskedEnd(at: position) {
                    add(position..<end)
                    position = end
                } else {
                    handleWord()
                }
            } else if let separator = separator(at: position) {
                filler(bytes: separator.length)
                position += separator.length
            } else if maskLength(at: position) > 0 {
                if let end = maskedEnd(at: position) {
                    add(position..<end)
                    position = end
                } else {
                    endLabel()
                    position += maskLength(at: position)
                }
            } else {
                switch value {
                case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: ")"),
                    UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "/"),
                    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "_"):
                    filler(bytes: 1)
                    position += 1
                default:
                    if let length = typographicFillerLength(at: position) {
                        filler(bytes: length)
                        position += length
                    } else {
                        endLabel()
                        position = min(count, position + Self.scalarLength(leadingByte: value))
                    }
                }
            }
        }
    }

    /// Typographic punctuation that may sit between a label and its number: em and horizontal-bar
    /// dashes, curly quotes and apostrophes (U+2014, U+2015, U+2018, U+2019, U+201C, U+201D), `№` (U+2116).
    func typographicFillerLength(at index: Int) -> Int? {
        guard byte(index) == 0xE2 else { return nil }
        switch (byte(index + 1), byte(index + 2)) {
        case (0x80, 0x94), (0x80, 0x95), (0x80, 0x98), (0x80, 0x99), (0x80, 0x9C), (0x80, 0x9D), (0x84, 0x96): return 3
        default: return nil
        }
    }

    static func scalarLength(leadingByte value: UInt8) -> Int {
        switch value {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }

    // MARK: - Labels

    private mutating func endLabel() {
        label = .none
        pendingPrefix = nil
        gapBytes = 0
        fillerWords = 0
    }

    private mutating func setLabel(_ state: LabelState) {
        label = state
        gapBytes = 0
        fillerWords = 0
    }

    private mutating func filler(bytes length: Int) {
        gapBytes += length
        if gapBytes > Self.maximumGapBytes { endLabel() }
    }

    private mutating func fillerWord() {
        fillerWords += 1
        gapBytes = 0
        if fillerWords > Self.maximumFillerWords { label = .none }
    }

    private mutating func handleWord() {
        let start = position
        var end = position
        var key: UInt64 = 0
        var letters = 0
        var segment = 0
        while end < count {
            let value = bytes[end]
            if Self.isLetter(value) {
                key = Vocabulary.extend(key, letterCount: letters, with: value)
                letters += 1
                segment += 1
                end += 1
            } else if value == UInt8(ascii: "."), segment == 1, Self.isLetter(byte(end + 1)),
                !Self.isLetter(byte(end + 2))
            {
                // Dotted initials: "T.F.N.", "N.I.", "I.R.D."
                segment = 0
                end += 1
            } else {
                break
            }
        }
        position = end
        lastWord = start..<end
        lastWordIsPlain = letters == end - start
        lastWordFollowedSecretLabel = label == .secret

        if let prefix = pendingPrefix {
            pendingPrefix = nil
            if let role = Vocabulary.role(of: prefix, followedBy: key) {
                apply(role)
                return
            }
        }
        guard let role = Vocabulary.roles[key] else {
            endLabel()
            return
        }
        apply(role)
    }

    private mutating func apply(_ role: Vocabulary.Role) {
        switch role {
        case .secretLabel: setLabel(.secret)
        case .publicLabel(let kind): setLabel(.publicID(kind))
        case .prefix(let prefix):
            fillerWord()
            pendingPrefix = prefix
        case .connector: fillerWord()
        }
    }

    // MARK: - Digit runs

    private mutating func handleRun() {
        let run = parseRun(at: position)
        pendingPrefix = nil
        position = classify(run)
        // A label stays in force across a list: "TFNs 865 414 088, 876 543 210".
        gapBytes = 0
        fillerWords = 0
    }

    func parseRun(at start: Int) -> DigitRun {
        var run = DigitRun(start: start)
        var index = start
        while true {
            let groupStart = index
            while index < count, Self.isDigit(bytes[index]) {
                if run.digits.count < DigitSequence.capacity { run.digits.append(Int(bytes[index] &- 0x30)) }
                index += 1
            }
            run.appendGroup(size: index - groupStart)
            run.digitCount += index - groupStart
            guard let gap = gap(at: index) else { break }
            if gap.lineBreak { run.hasLineBreak = true }
            if !gap.isSingleHyphen { run.joinedByHyphensOnly = false }
            if !gap.isSingleDot { run.joinedByDotsOnly = false }
            index = gap.end
        }
        run.end = index
        return run
    }

    /// Decides what to do with `run`, records any range to replace, and returns where scanning resumes.
    private mutating func classify(_ run: DigitRun) -> Int {
        let count = run.digitCount
        let digits = run.digits

        if count == 6, let range = ninoRange(run) {
            add(range)
            return range.upperBound
        }
        if continuesPhoneNumber(run) { return run.end }
        if run.isDate || run.isDecimalAmount { return run.end }
        switch label {
        case .secret where count >= Self.minimumLabelledDigits:
            var upper = run.end
            if count == 6, let suffixEnd = ninoSuffixEnd(after: run.end) {
                upper = suffixEnd
            } else if let kEnd = trailingK(after: run.end) {
                upper = kEnd
            }
            add(leadingLetters(before: run)..<upper)
            return upper
        case .publicID(let kind) where validates(run, as: kind):
            return run.end
        default:
            break
        }
        if count == 9, Checksum.isBN9(digits), let end = bn15End(after: run.end) { return end }
        if count <= Self.maximumPhoneDigits, startsWithPlus(run) {
            phoneEnd = run.end
            phoneDigits = count
            return run.end
        }
        if count == 9, run.hasShape(.ssn) {
            add(run.start..<run.end)
            return run.end
        }
        if count == 9, stripsUnlabelledEIN, run.hasShape(.ein), run.joinedByHyphensOnly, Checksum.isEIN(digits) {
            add(run.start..<run.end)
            return run.end
        }
        switch count {
        case 8:
            if run.hasShape(.fourFour) && !run.hasLineBreak { return run.end }
            if Checksum.isSecretChecksum(digits, includeITIN: false) { add(leadingLetters(before: run)..<run.end) }
            return run.end
        case 9:
            if (run.hasShape(.zipPlus4) && run.joinedByHyphensOnly) || looksLikeLocalPhone(run) { return run.end }
            if stripsEveryNineDigitNumber || Checksum.isSecretChecksum(digits, includeITIN: true)
                || Checksum.ssnSpecimens.contains(digits.value)
            {
                add(leadingLetters(before: run)..<run.end)
                return run.end
            }
        case 10:
            if run.groupCount == 1 || run.hasShape(.fiveFive) || run.hasLineBreak, Checksum.isUTR(digits) {
                let upper = trailingK(after: run.end) ?? run.end
                add(leadingLetters(before: run)..<upper)
                return upper
            }
        case 11:
            // Only as ABNs are written: a stray digit beside a 10-digit UTR can pass the mod 89 check too.
            if run.groupCount == 1 || run.hasShape(.abn) || run.hasShape(.twoNine), Checksum.isABN(digits) {
                return run.end
            }
        case 13:
            if run.groupCount == 1, Checksum.isNZBN(digits) { return run.end }
        default:
            break
        }
        // An 8-digit IRD beside a stray digit (`Unit 5 34612730`), a TFN beside a phone number.
        if count >= 9 { searchSegments(of: run) }
        return run.end
    }

    /// Whether `run` is what a public label says it is.
    func validates(_ run: DigitRun, as kind: Vocabulary.PublicLabel) -> Bool {
        let count = run.digitCount
        let digits = run.digits
        switch kind {
        case .abn: return count == 11 && Checksum.isABN(digits)
        case .acn: return count == 9 && Checksum.isACN(digits)
        case .nzbn: return count == 13 && Checksum.isNZBN(digits)
        case .bn: return count == 9 && Checksum.isBN9(digits)
        case .business: return (count == 11 && Checksum.isABN(digits)) || (count == 9 && Checksum.isBN9(digits))
        case .vat: return (count == 9 || count == 12) && Checksum.isUKVAT(digits)
        case .company: return count == 8 || (count == 9 && Checksum.isACN(digits))
        }
    }

    /// `09 555 0101`, `2 9000 1111`: a trunk `0` or two 4-digit groups at the end.
    func looksLikeLocalPhone(_ run: DigitRun) -> Bool {
        guard run.groupCount >= 2, run.lastGroupSize == 4 else { return false }
        return run.digits[0] == 0 || (run.groupCount >= 3 && run.groupSize(run.groupCount - 2) == 4)
    }

    /// Whether `run` continues an international number: it starts at most three bytes of ` ()-.`
    /// after one, and the digits together stay within E.164's 15. Updates the phone state if so.
    private mutating func continuesPhoneNumber(_ run: DigitRun) -> Bool {
        guard phoneEnd >= 0, run.start - phoneEnd <= 3, phoneDigits + run.digitCount <= Self.maximumPhoneDigits
        else { return false }
        for index in phoneEnd..<run.start {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "."): continue
            default: return false
            }
        }
        phoneEnd = run.end
        phoneDigits += run.digitCount
        return true
    }

    /// `+61 2 9000 1111`, `+ 44 …`.
    func startsWithPlus(_ run: DigitRun) -> Bool {
        byte(run.start - 1) == UInt8(ascii: "+")
            || (byte(run.start - 1) == UInt8(ascii: " ") && byte(run.start - 2) == UInt8(ascii: "+"))
    }

    /// The start of `run`, or of a `K` (UTR) or `NZ` (IRD) glued to its front (`K1955839661`, `NZ49091850`).
    func leadingLetters(before run: DigitRun) -> Int {
        guard lastWord.upperBound == run.start, lastWordIsPlain else { return run.start }
        let first = byte(lastWord.lowerBound) | 0x20
        switch lastWord.count {
        case 1 where first == 0x6B: return lastWord.lowerBound
        case 2 where first == 0x6E && byte(lastWord.lowerBound + 1) | 0x20 == 0x7A: return lastWord.lowerBound
        default: return run.start
        }
    }

    /// The end of a `K` glued to the end of a run (`1955839661K`).
    func trailingK(after end: Int) -> Int? {
        byte(end) | 0x20 == 0x6B && !isAlphanumeric(end + 1) ? end + 1 : nil
    }

    /// The end of a BN15 program account after a BN9: `RT0001`, ` RC 0002`.
    func bn15End(after end: Int) -> Int? {
        var index = end
        if byte(index) == 0x20 { index += 1 }
        guard byte(index) | 0x20 == 0x72 else { return nil }
        switch byte(index + 1) | 0x20 {
        case 0x63, 0x6D, 0x70, 0x74: break  // c, m, p, t
        default: return nil
        }
        index += 2
        if byte(index) == 0x20 { index += 1 }
        for offset in 0..<4 where !Self.isDigit(byte(index + offset)) { return nil }
        return Self.isDigit(byte(index + 4)) ? nil : index + 4
    }

    // MARK: - NINO

    /// `AB 12 34 56 C` (strict, anywhere) or `QQ123456` after a NI label (loose).
    func ninoRange(_ run: DigitRun) -> Range<Int>? {
        guard lastWordIsPlain, lastWord.count == 2, lastWord.upperBound <= run.start else { return nil }
        if lastWord.upperBound < run.start {
            guard let gap = gap(at: lastWord.upperBound), gap.end == run.start else { return nil }
        }
        let suffixEnd = ninoSuffixEnd(after: run.end)
        let first = byte(lastWord.lowerBound) & 0xDF
        let second = byte(lastWord.lowerBound + 1) & 0xDF
        let strict = suffixEnd != nil && Checksum.isNINOPrefix(first, second)
        guard strict || lastWordFollowedSecretLabel else { return nil }
        return lastWord.lowerBound..<(suffixEnd ?? run.end)
    }

    /// The end of a NINO suffix letter A–D after six digits, optionally after up to three separators
    /// on the same line (`56 C`, `56-C`, `56 - C`).
    func ninoSuffixEnd(after end: Int) -> Int? {
        var index = end
        for _ in 0..<3 {
            guard let separator = separator(at: index), separator.kind != .lineBreak else { break }
            index += separator.length
        }
        let value = byte(index)
        guard Self.isLetter(value), (0x41...0x44).contains(value & 0xDF), !isAlphanumeric(index + 1) else {
            return nil
        }
        return index + 1
    }

    // MARK: - Masked numbers

    /// The end of a masked number starting at `start`: three or more mask characters and three or
    /// more digits, in groups (`*****6789`, `XXX-XX-6789`, `••• ••• 782`), at most 64 bytes long.
    func maskedEnd(at start: Int) -> Int? {
        let limit = min(count, start + Self.maximumMaskedLength)
        var index = start
        var masks = 0
        var digits = 0
        while index < limit {
            if Self.isDigit(byte(index)) {
                while index < limit, Self.isDigit(bytes[index]) {
                    digits += 1
                    index += 1
                }
            } else {
                let length = maskLength(at: index)
                guard length > 0 else { break }
                while index < limit, case let length = maskLength(at: index), length > 0 {
                    masks += 1
                    index += length
                }
                if Self.isLetter(byte(index)) { return nil }  // "Xmas", "XXL"
            }
            if Self.isDigit(byte(index)) || maskLength(at: index) > 0 { continue }
            guard let gap = gap(at: index, allowingMask: true) else { break }
            index = gap.end
        }
        guard masks >= 3, digits >= 3, !Self.isDigit(byte(index)) else { return nil }
        return index
    }

    // MARK: - Numbers inside longer runs

    /// In a run of nine or more digits that is no known public number, removes each stretch of whole
    /// groups shaped like a secret number: 8, 9 or 10 digits in one group, `ddddd ddddd` (UTR),
    /// `ddd ddd ddd`, `dd ddd ddd`, `ddd dd dddd`.
    private mutating func searchSegments(of run: DigitRun) {
        var older: Range<Int>? = nil
        var previous: Range<Int>? = nil
        var index = run.start
        while index < run.end {
            let start = index
            while index < run.end, Self.isDigit(bytes[index]) { index += 1 }
            let group = start..<index
            checkSegment(group, nil, nil)
            if let previous {
                checkSegment(previous, group, nil)
                if let older { checkSegment(older, previous, group) }
            }
            older = previous
            previous = group
            while index < run.end, !Self.isDigit(bytes[index]) { index += 1 }
        }
    }

    /// Removes one, two or three consecutive groups if together they are shaped like a secret number.
    private mutating func checkSegment(_ first: Range<Int>, _ second: Range<Int>?, _ third: Range<Int>?) {
        // Every shape matched below holds eight digits or more (8 to 10 in one group, 5-5, 3-2-4, 3-3-3,
        // 2-3-3): fewer cannot match, so they are not gathered.
        guard first.count + (second?.count ?? 0) + (third?.count ?? 0) >= 8 else { return }
        var digits = DigitSequence()
        var shape = DigitRun(start: 0)
        func append(_ group: Range<Int>?) -> Bool {
            guard let group else { return true }
            guard digits.count + group.count <= 10 else { return false }
            for index in group { digits.append(Int(bytes[index] &- 0x30)) }
            shape.appendGroup(size: group.count)
            return true
        }
        guard append(first), append(second), append(third) else { return }
        let matches: Bool
        switch shape.groupCount {
        case 1: matches = Checksum.isSecretChecksum(digits, includeITIN: digits.count == 9)
        case 2: matches = shape.hasShape(.fiveFive) && Checksum.isUTR(digits)
        default:
            if shape.hasShape(.ssn) {
                matches = true
            } else if shape.hasShape(.threeThreeThree) || shape.hasShape(.twoThreeThree) {
                matches = Checksum.isSecretChecksum(digits, includeITIN: false)
            } else {
                matches = false
            }
        }
        if matches { add(first.lowerBound..<(third ?? second ?? first).upperBound) }
    }

    // MARK: - Ranges

    private mutating func add(_ range: Range<Int>) {
        var merged = range
        while let last = ranges.last, merged.lowerBound <= last.upperBound {
            merged = min(last.lowerBound, merged.lowerBound)..<max(last.upperBound, merged.upperBound)
            ranges.removeLast()
        }
        ranges.append(merged)
    }
}
