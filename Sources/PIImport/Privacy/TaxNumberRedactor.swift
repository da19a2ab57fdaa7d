/// Removes tax numbers from free text (notes, address lines, names) and puts
/// `[tax number removed]` in their place (domain.md 5.1 rule 2).
///
/// What is removed:
/// - a run of digit groups, joined by spaces, hyphens, dots, no-break spaces or a line break, that
///   passes a secret-identifier check: 8 or 9 digits passing the TFN or IRD check, 9 digits passing
///   the SIN check or the ITIN rules, 10 digits passing the UTR check
///   (written `1955839661`, `19558 39661` or wrapped over a line);
/// - US SSN-shaped numbers `ddd-dd-dddd` / `ddd dd dddd`, whatever their value (also ITIN/ATIN), and
///   EIN-shaped `dd-ddddddd` with an allocated prefix (unless `stripsUnlabelledEIN` is off);
/// - any run of six or more digits that follows a tax label within a few characters (`TFN: …`,
///   `T.F.N.`, `tax file no.`, `IRD# …`, `SSN`, `SIN`, `UTR`, `NI`, `NINO`, `national insurance`,
///   `tax id`, `EIN`, `GST no`…), whatever its checksum, with the label kept (a date or a decimal
///   amount after a label is kept: `IRD 2024-01-31`);
/// - masked numbers: three or more of `*`, `X`, `x`, `•` followed by three or more digits (`*****6789`,
///   `XXX-XX-6789`);
/// - UK national insurance numbers: the strict form (`AB 12 34 56 C`, allocated prefixes, suffix A–D)
///   anywhere, the loose form (any two letters, six digits, optional suffix) after a label.
///
/// What survives: a run is judged as a whole, so an 11-digit ABN or a phone number is never read as
/// a 9-digit TFN with extra digits. Kept are valid ABNs (`51 824 753 556`, `51824753556`) and NZBNs,
/// numbers after a public label that validate as that kind (`ACN 004 085 616`, `ABN …`, `BN …`,
/// `VAT …`, `company number …`), CA BN15 (`123026635RT0001`), international numbers
/// (`+61 2 9000 1111`, `+61 (0)412 338 902`), dates (`2024-01-31`, `31.01.2024`), decimal amounts
/// (`1234567.89`), ZIP+4, `dddd dddd` and local phone shapes (`09 555 0101`, `2 9000 1111`), and
/// unlabelled numbers with fewer than eight digits. Runs of nine or more digits that are none of those
/// are searched for a secret number in the usual groupings (`3 865 414 088`, `Unit 5 34612730`).
///
/// Known limits, by design: an unlabelled 9-digit number that passes no check (a US SSN written
/// `536 904 401`) is kept unless `stripsEveryNineDigitNumber` is on; an 11-digit run that happens to
/// be a valid ABN is kept (`12 374 137 545`); a compact 10-digit number that passes the UTR check is
/// removed even if it was a US phone number written without spaces (one in eleven); a label stays in
/// force across a list, so in `TFN 865 414 088, 0412 338 902` the phone number goes too; only ASCII
/// digits are read.
///
/// A 9-digit number after an `ACN` label that validates as an ACN is kept even if it also passes the
/// TFN check (it is labelled public); the same number without a label is removed, since a checksum
/// alone cannot tell a TFN from an ACN (rule 3).
///
/// - Complexity: O(n) in the UTF-8 length, with no backtracking. Text with fewer than six ASCII digits
///   (three when it holds a mask character), an E.164 number and a spaced ten-digit phone number
///   (``mayHoldTaxNumber(_:)``) cost one byte scan; nothing is allocated unless something is removed.
public struct TaxNumberRedactor: Sendable {
    /// The outcome of one `redact(_:)` call.
    public struct Result: Sendable, Hashable {
        /// The text with every tax number replaced; the input itself when `removed` is 0.
        public var text: String
        /// How many numbers were replaced.
        public var removed: Int

        public init(text: String, removed: Int) {
            self.text = text
            self.removed = removed
        }
    }

    /// What replaces each removed number.
    public static let replacement = "[tax number removed]"

    /// Whether an unlabelled `dd-ddddddd` with an allocated EIN prefix is removed (default `true`:
    /// the EIN is not a public register number and identifies sole proprietors).
    public var stripsUnlabelledEIN: Bool

    /// Whether every unlabelled 9-digit number is removed, checksum or not (default `false`). A US SSN
    /// has no check digit, so `219 099 999`-style numbers written without the SSN grouping and without a
    /// label are otherwise kept (except the well-known specimens 078-05-1120, 457-55-5462, 219-09-9999).
    /// Phone numbers, ZIP+4 codes and labelled public numbers are still kept.
    public var stripsEveryNineDigitNumber: Bool

    public init(stripsUnlabelledEIN: Bool = true, stripsEveryNineDigitNumber: Bool = false) {
        self.stripsUnlabelledEIN = stripsUnlabelledEIN
        self.stripsEveryNineDigitNumber = stripsEveryNineDigitNumber
    }

    /// `text` with every tax number replaced by `[tax number removed]`.
    public func redact(_ text: String) -> Result {
        StringBytes.withBytes(text) { redact(bytes: $0, original: text) }
    }

    /// Whether `text` holds anything `redact(_:)` would remove.
    public func containsTaxNumber(_ text: String) -> Bool {
        redact(text).removed > 0
    }

    private func redact(bytes: UnsafeBufferPointer<UInt8>, original: String) -> Result {
        guard Self.mayHoldTaxNumber(bytes) else { return Result(text: original, removed: 0) }
        var scanner = RedactionScanner(
            bytes: bytes, stripsUnlabelledEIN: stripsUnlabelledEIN, stripsEveryNineDigitNumber: stripsEveryNineDigitNumber)
        scanner.scan()
        guard !scanner.ranges.isEmpty else { return Result(text: original, removed: 0) }
        return Result(text: Self.replacing(scanner.ranges, in: bytes), removed: scanner.ranges.count)
    }

    /// The fewest ASCII digits anything removed holds: a masked number shows three.
    static let fewestDigitsMasked = 3
    /// The fewest ASCII digits anything removed holds when nothing is masked: a labelled number or
    /// a NINO has six (``RedactionScanner/minimumLabelledDigits``); every other number more.
    static let fewestDigitsUnmasked = RedactionScanner.minimumLabelledDigits

    /// Whether `bytes`, holding `digits` ASCII digits, are `+` and at most fifteen digits (an E.164 phone
    /// number, as the phone normalizer writes them), which the scanner always keeps as an international
    /// number. Told from the digit count, without a second pass.
    @inline(__always)
    static func isInternationalNumber(_ bytes: UnsafeBufferPointer<UInt8>, digits: Int) -> Bool {
        digits > 0 && digits == bytes.count - 1 && digits <= RedactionScanner.maximumPhoneDigits
            && bytes[0] == UInt8(ascii: "+")
    }

    /// Whether the scanner could find anything in `bytes`, judged by counting ASCII digits and, only
    /// when there are three to five, looking for mask characters (`*`, `X`, `x`, and 0xA2, the last byte
    /// of `•`): most cells (a street number, a postcode, a name) hold too few digits for any tax number
    /// and skip the scan after one pass, and so do an E.164 number and a spaced ten-digit phone number.
    static func mayHoldTaxNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = digitCount(bytes)
        if digits < fewestDigitsMasked { return false }
        if digits < fewestDigitsUnmasked { return hasMaskByte(bytes) }
        return !isInternationalNumber(bytes, digits: digits) && (digits != 10 || !isSpacedTenDigitNumber(bytes))
    }

    /// ``mayHoldTaxNumber(_:)`` for a string's bytes.
    @inline(__always)
    static func mayHoldTaxNumber(_ text: String) -> Bool {
        StringBytes.withBytes(text) { mayHoldTaxNumber($0) }
    }

    /// Whether `bytes` are ten ASCII digits in groups of one to four joined by single spaces, no three
    /// neighbouring groups sized 3-2-4, 3-3-3 or 2-3-3: a phone number as people write it (`02 6856 0917`,
    /// `0482 159 257`), which the scanner always keeps. It reads them as one unlabelled run of ten digits in
    /// three groups or more, checked as a UTR only in one group, as `ddddd ddddd` or over a line break, and
    /// searched inside for 8 to 10 digits in one group, `ddddd ddddd`, `ddd dd dddd`, `ddd ddd ddd` or
    /// `dd ddd ddd`: none is there.
    static func isSpacedTenDigitNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 12, bytes.count <= 19 else { return false }
        /// Sizes of three neighbouring groups (older, previous, last) as one number: 324 for 3-2-4.
        @inline(__always) func isSecretShape(_ sizes: Int) -> Bool { sizes == 324 || sizes == 333 || sizes == 233 }
        var digits = 0
        var group = 0
        var sizes = 0
        for byte in bytes {
            if byte &- 0x30 < 10 {
                group += 1
                digits += 1
                guard group <= 4 else { return false }
            } else {
                guard byte == 0x20, group > 0 else { return false }
                sizes = (sizes * 10 + group) % 1000
                guard !isSecretShape(sizes) else { return false }
                group = 0
            }
        }
        return group > 0 && digits == 10 && !isSecretShape((sizes * 10 + group) % 1000)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The ASCII digits in `bytes`, eight bytes at a time: a byte is a digit when its top bit is clear
    /// and it is at least 0x30 and below 0x3A (one carry-free add each).
    @inline(__always)
    static func digitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        @inline(__always) func digits(in word: UInt64) -> Int {
            let low = word & ~high
            // One bit per digit byte, moved to the byte's low bit; the multiplication sums the bytes.
            let flags = ((low &+ ones &* 0x50) & ~(low &+ ones &* 0x46) & ~word & high) >> 7
            return Int(truncatingIfNeeded: (flags &* ones) >> 56)
        }
        let count = bytes.count
        var total = 0
        var index = 0
        while index + 8 <= count {
            total += digits(in: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        let rest = count - index
        guard rest > 0 else { return total }
        if count >= 8 {
            // The last eight bytes, without the ones already counted (zero bytes are no digits).
            let word = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
            return total + digits(in: word &>> UInt64(8 * (8 - rest)))
        }
        // Fewer than eight bytes in all: two loads that may overlap (an overlapping byte lands on its own
        // place from both, so OR-ing them gives every byte once) and no byte loop.
        let word: UInt64
        if rest >= 4 {
            let low = UInt64(UnsafeRawPointer(base).loadUnaligned(as: UInt32.self))
            let upper = UInt64(UnsafeRawPointer(base + rest - 4).loadUnaligned(as: UInt32.self))
            word = low | upper &<< UInt64(8 * (rest - 4))
        } else {
            word = UInt64(base[0]) | UInt64(base[rest / 2]) << UInt64(8 * (rest / 2))
                | UInt64(base[rest - 1]) << UInt64(8 * (rest - 1))
        }
        return total + digits(in: word)
    }

    /// Whether `bytes` hold a mask byte: `*`, `X`, `x` or 0xA2.
    static func hasMaskByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0x2A || $0 | 0x20 == 0x78 || $0 == 0xA2 }
    }

    static func replacing(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let replacement = Array(Self.replacement.utf8)
        let removedBytes = ranges.reduce(0) { $0 + $1.count }
        let capacity = bytes.count - removedBytes + ranges.count * replacement.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            func copy(_ source: UnsafeBufferPointer<UInt8>) {
                guard let base = source.baseAddress, source.count > 0 else { return }
                buffer.baseAddress!.advanced(by: written).update(from: base, count: source.count)
                written += source.count
            }
            var last = 0
            for range in ranges {
                copy(UnsafeBufferPointer(rebasing: bytes[last..<range.lowerBound]))
                replacement.withUnsafeBufferPointer { copy($0) }
                last = range.upperBound
            }
            copy(UnsafeBufferPointer(rebasing: bytes[last...]))
            return written
        }
    }
}
