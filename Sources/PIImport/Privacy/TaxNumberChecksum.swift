/// Validators for tax and register identifiers (domain.md section 5.2).
///
/// Every string validator first compacts its input: it removes spaces, tabs, line breaks, hyphens
/// (and Unicode dashes), dots and no-break spaces (U+00A0, U+202F, U+2007, U+2009). IRD numbers may
/// carry a leading `NZ`, UTRs a leading or trailing `K`, VAT numbers a leading `GB`.
/// The validators never throw and never echo their input.
public enum TaxNumberChecksum {

    // MARK: - Compaction

    /// `value` without the separators people type inside identifiers.
    public static func compact(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars where !isSeparator(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x2E, 0xA0, 0x2007, 0x2009, 0x2010...0x2013, 0x2028, 0x202F, 0x2212:
            true
        default:
            false
        }
    }

    /// The compacted digits of `value`, upper-cased, with `prefix` (e.g. `NZ`) removed if present.
    private static func compactedDigits(_ value: String, droppingPrefix prefix: String? = nil) -> DigitSequence? {
        var text = compact(value).uppercased()
        if let prefix, text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return DigitSequence(text)
    }

    // MARK: - Generic dispatch

    /// Whether `value` is a valid identifier of `kind`.
    public static func isValid(_ value: String, as kind: TaxIdentifierKind) -> Bool {
        switch kind {
        case .auTFN: isValidTFN(value)
        case .auABN: isValidABN(value)
        case .auACN: isValidACN(value)
        case .nzIRD: isValidIRD(value)
        case .nzNZBN: isValidNZBN(value)
        case .ukUTR: isValidUTR(value)
        case .ukNINO: isValidNINO(value)
        case .ukVAT: isValidUKVAT(value)
        case .usSSN: isValidSSN(value)
        case .usITIN: isValidITIN(value)
        case .usATIN: isValidATIN(value)
        case .usEIN: isValidEIN(value)
        case .caSIN: isValidSIN(value)
        case .caBN: isValidBN(value)
        }
    }

    /// Every kind `value` is valid as, in declaration order. Collisions are common
    /// (`123456782` is a TFN and a SIN), so this proves nothing about which one was meant.
    public static func kinds(of value: String) -> [TaxIdentifierKind] {
        TaxIdentifierKind.allCases.filter { isValid(value, as: $0) }
    }

    /// Whether `value` is valid as any secret kind (TFN, IRD, UTR, NINO, SSN, ITIN, ATIN, EIN, SIN).
    public static func isSecret(_ value: String) -> Bool {
        TaxIdentifierKind.allCases.contains { $0.isSecret && isValid(value, as: $0) }
    }

    // MARK: - Australia

    /// AU tax file number. 9 digits: weights 1,4,3,7,5,8,6,9,10, Σ mod 11 = 0. 8 digits (old numbers):
    /// valid when either published rule passes (1,4,3,7,5,8,6,10 or python-stdnum's 1,4,3,7,5,8,6,9).
    public static func isValidTFN(_ value: String) -> Bool {
        compactedDigits(value).map(isTFN) ?? false
    }

    /// AU business number, ATO formula: subtract 1 from the first digit, weights 10,1,3,5,…,19, Σ mod 89 = 0.
    public static func isValidABN(_ value: String) -> Bool {
        compactedDigits(value).map(isABN) ?? false
    }

    /// AU company number (also ARBN): weights 8…1 on digits 1–8, check = (10 − Σ mod 10) mod 10.
    public static func isValidACN(_ value: String) -> Bool {
        compactedDigits(value).map(isACN) ?? false
    }

    static let tfnWeights9 = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    static let tfnWeights8 = [1, 4, 3, 7, 5, 8, 6, 10]
    static let tfnWeights8Stdnum = [1, 4, 3, 7, 5, 8, 6, 9]
    static let abnWeights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    static let acnWeights = [8, 7, 6, 5, 4, 3, 2, 1]

    static func isTFN(_ digits: DigitSequence) -> Bool {
        switch digits.count {
        case 9: digits.weightedSum(tfnWeights9) % 11 == 0
        case 8: digits.weightedSum(tfnWeights8) % 11 == 0 || digits.weightedSum(tfnWeights8Stdnum) % 11 == 0
        default: false
        }
    }

    static func isABN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        return (digits.weightedSum(abnWeights) - 10) % 89 == 0
    }

    static func isACN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 9 else { return false }
        return (10 - digits.weightedSum(acnWeights) % 10) % 10 == digits[8]
    }

    // MARK: - New Zealand

    /// NZ IRD number (also an NZ GST number): 8 or 9 digits, strictly between 10,000,000 and
    /// 150,000,000, two-pass mod 11 (weights 3,2,7,6,5,4,3,2 then 7,4,3,2,5,2,7,6). A leading `NZ` is ignored.
    public static func isValidIRD(_ value: String) -> Bool {
        compactedDigits(value, droppingPrefix: "NZ").map(isIRD) ?? false
    }

    /// NZ business number: 13 digits starting `94`, GS1 mod 10.
    public static func isValidNZBN(_ value: String) -> Bool {
        compactedDigits(value).map(isNZBN) ?? false
    }

    static let irdPrimaryWeights = [3, 2, 7, 6, 5, 4, 3, 2]
    static let irdSecondaryWeights = [7, 4, 3, 2, 5, 2, 7, 6]

    static func isIRD(_ digits: DigitSequence) -> Bool {
        guard digits.count == 8 || digits.count == 9 else { return false }
        let value = digits.value
        guard value > 10_000_000, value < 150_000_000 else { return false }
        // Base: all digits but the last, left-padded with zeros to 8.
        let padding = 9 - digits.count
        func checkDigit(_ weights: [Int]) -> Int {
            var sum = 0
            for index in 0..<(digits.count - 1) { sum += weights[index + padding] * digits[index] }
            return (11 - sum % 11) % 11
        }
        var check = checkDigit(irdPrimaryWeights)
        if check == 10 {
            check = checkDigit(irdSecondaryWeights)
            if check == 10 { return false }
        }
        return check == digits[digits.count - 1]
    }

    static func isNZBN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 13, digits[0] == 9, digits[1] == 4 else { return false }
        return gs1CheckDigit(digits, count: 12) == digits[12]
    }

    /// GS1 check digit of the first `count` digits: weights 3,1,3,… from the right.
    static func gs1CheckDigit(_ digits: DigitSequence, count: Int) -> Int {
        var sum = 0
        for index in 0..<count {
            let fromRight = count - 1 - index
            sum += digits[index] * (fromRight % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    // MARK: - United Kingdom

    /// UK unique taxpayer reference: 10 digits, check digit first: r = Σ digits 2–10 × 6,7,8,9,10,5,4,3,2
    /// mod 11, check = "21987654321"[r]. One leading or trailing `K` is ignored.
    public static func isValidUTR(_ value: String) -> Bool {
        var text = compact(value).uppercased()
        if text.hasPrefix("K") {
            text.removeFirst()
        } else if text.hasSuffix("K") {
            text.removeLast()
        }
        return DigitSequence(text).map(isUTR) ?? false
    }

    static let utrWeights = [6, 7, 8, 9, 10, 5, 4, 3, 2]
    static let utrCheckDigits = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1]

    static func isUTR(_ digits: DigitSequence) -> Bool {
        guard digits.count == 10 else { return false }
        return utrCheckDigits[digits.weightedSum(utrWeights, from: 1) % 11] == digits[0]
    }

    /// UK national insurance number, strict: prefix letters from the allocated set (no D, F, I, Q, U, V;
    /// no O second; not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A–D. Case-insensitive.
    public static func isValidNINO(_ value: String) -> Bool {
        let text = Array(compact(value).uppercased().utf8)
        guard text.count == 9, isNINOPrefix(text[0], text[1]), (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(text[8])
        else { return false }
        return text[2..<8].allSatisfy { $0 &- 0x30 < 10 }
    }

    /// UK national insurance number, loose form for stripping near a label: two letters, six digits,
    /// optional suffix A–D (no prefix rules, so HMRC's specimen `QQ 12 34 56 A` matches).
    public static func isLooseNINO(_ value: String) -> Bool {
        let text = Array(compact(value).uppercased().utf8)
        guard text.count == 8 || text.count == 9 else { return false }
        guard isASCIIUpper(text[0]), isASCIIUpper(text[1]), text[2..<8].allSatisfy({ $0 &- 0x30 < 10 }) else {
            return false
        }
        return text.count == 8 || (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(text[8])
    }

    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether two upper-case ASCII letters form an allocated NINO prefix.
    static func isNINOPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        guard isASCIIUpper(first), isASCIIUpper(second) else { return false }
        func neverUsed(_ letter: UInt8) -> Bool {
            switch letter {
            case UInt8(ascii: "D"), UInt8(ascii: "F"), UInt8(ascii: "I"), UInt8(ascii: "Q"), UInt8(ascii: "U"),
                UInt8(ascii: "V"):
                true
            default: false
            }
        }
        if neverUsed(first) || neverUsed(second) || second == UInt8(ascii: "O") { return false }
        switch (first, second) {
        case (UInt8(ascii: "B"), UInt8(ascii: "G")), (UInt8(ascii: "G"), UInt8(ascii: "B")),
            (UInt8(ascii: "K"), UInt8(ascii: "N")), (UInt8(ascii: "N"), UInt8(ascii: "K")),
            (UInt8(ascii: "N"), UInt8(ascii: "T")), (UInt8(ascii: "T"), UInt8(ascii: "N")),
            (UInt8(ascii: "Z"), UInt8(ascii: "Z")):
            return false
        default: return true
        }
    }

    /// UK VAT number: 9 digits (or 12 with a branch suffix), optional `GB`; weights 8…2 on the first
    /// seven digits plus the last two as a number, total ≡ 0 or 55 mod 97. [U: not re-verified]
    public static func isValidUKVAT(_ value: String) -> Bool {
        compactedDigits(value, droppingPrefix: "GB").map(isUKVAT) ?? false
    }

    static let vatWeights = [8, 7, 6, 5, 4, 3, 2]

    static func isUKVAT(_ digits: DigitSequence) -> Bool {
        guard digits.count == 9 || digits.count == 12 else { return false }
        let total = digits.weightedSum(vatWeights) + digits[7] * 10 + digits[8]
        return total % 97 == 0 || (total + 55) % 97 == 0
    }

    // MARK: - United States

    /// Whether `value` has the shape of a US SSN: `ddd-dd-dddd`, `ddd dd dddd` or nine digits. No value rules.
    public static func isSSNShaped(_ value: String) -> Bool {
        compactedDigits(value)?.count == 9
    }

    /// US social security number: nine digits; area not 000, 666 or 9xx; group not 00; serial not
    /// 0000; not a known specimen (078-05-1120, 457-55-5462, 219-09-9999).
    public static func isValidSSN(_ value: String) -> Bool {
        compactedDigits(value).map(isSSN) ?? false
    }

    static let ssnSpecimens: Set<Int> = [078_05_1120, 457_55_5462, 219_09_9999]

    static func isSSN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 9 else { return false }
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits.value % 10_000
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        return !ssnSpecimens.contains(digits.value)
    }

    /// US individual taxpayer identification number: nine digits, first `9`, digits 4–5 in 70–99 except 89 and 93.
    public static func isValidITIN(_ value: String) -> Bool {
        compactedDigits(value).map(isITIN) ?? false
    }

    static func isITIN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 9, digits[0] == 9 else { return false }
        let group = digits[3] * 10 + digits[4]
        return group >= 70 && group != 89 && group != 93
    }

    /// US adoption taxpayer identification number: nine digits (`ddd-dd-dddd`), no further rules.
    public static func isValidATIN(_ value: String) -> Bool {
        compactedDigits(value)?.count == 9
    }

    /// US employer identification number: nine digits (`dd-ddddddd`) with an allocated two-digit prefix.
    public static func isValidEIN(_ value: String) -> Bool {
        compactedDigits(value).map(isEIN) ?? false
    }

    static func isEIN(_ digits: DigitSequence) -> Bool {
        guard digits.count == 9 else { return false }
        return isEINPrefix(digits[0] * 10 + digits[1])
    }

    static func isEINPrefix(_ prefix: Int) -> Bool {
        switch prefix {
        case 1...6, 10...16, 20...27, 30...39, 40...48, 50...68, 71...77, 80...88, 90...95, 98, 99: true
        default: false
        }
    }

    // MARK: - Canada

    /// Canadian social insurance number: nine digits, Luhn, first digit not 0 or 8.
    public static func isValidSIN(_ value: String) -> Bool {
        compactedDigits(value).map(isSIN) ?? false
    }

    /// Canadian business number: BN9 (nine digits, Luhn) or BN15 (BN9, program `RC`, `RM`, `RP` or `RT`, four digits).
    public static func isValidBN(_ value: String) -> Bool {
        let text = compact(value).uppercased()
        if text.utf8.count == 15 {
            let bytes = Array(text.utf8)
            let program = String(decoding: bytes[9..<11], as: UTF8.self)
            guard ["RC", "RM", "RP", "RT"].contains(program), bytes[11...].allSatisfy({ $0 &- 0x30 < 10 }) else {
                return false
            }
            return DigitSequence(String(decoding: bytes[0..<9], as: UTF8.self)).map(isBN9) ?? false
        }
        return DigitSequence(text).map(isBN9) ?? false
    }

    static func isSIN(_ digits: DigitSequence) -> Bool {
        digits.count == 9 && digits[0] != 0 && digits[0] != 8 && isLuhn(digits)
    }

    static func isBN9(_ digits: DigitSequence) -> Bool {
        digits.count == 9 && isLuhn(digits)
    }

    // MARK: - Luhn

    /// The Luhn check on the compacted digits of `value` (any length up to 16).
    public static func luhn(_ value: String) -> Bool {
        compactedDigits(value).map { $0.count > 0 && isLuhn($0) } ?? false
    }

    static func isLuhn(_ digits: DigitSequence) -> Bool {
        var sum = 0
        for offset in 0..<digits.count {
            var digit = digits[digits.count - 1 - offset]
            if offset % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    // MARK: - Digit-level checks used by the redactor

    /// Whether nine, eight or ten digits pass any secret-identifier check that has a checksum or
    /// value rules: TFN, IRD, SIN (9); TFN, IRD (8); UTR (10); plus ITIN when `includeITIN`.
    static func isSecretChecksum(_ digits: DigitSequence, includeITIN: Bool) -> Bool {
        switch digits.count {
        case 8: isTFN(digits) || isIRD(digits)
        case 9: isTFN(digits) || isIRD(digits) || isSIN(digits) || (includeITIN && isITIN(digits))
        case 10: isUTR(digits)
        default: false
        }
    }
}
