/// Normalised contact details of a client, for corroborating or contradicting a name match: emails
/// lowercased, phones as their last nine digits, postcodes uppercased without spaces, company numbers
/// as digits.
struct ContactEvidence: Sendable, Hashable {
    var emails: [String]
    var phones: [UInt64]
    var postcode: String?
    var companyNumber: String?

    init(emails: [String], phones: [String], postcode: String?, companyNumber: String?) {
        self.emails = []
        for email in emails {
            let normal = Self.email(email)
            if let normal, !self.emails.contains(normal) { self.emails.append(normal) }
        }
        self.phones = []
        for phone in phones {
            if let normal = Self.phone(phone), !self.phones.contains(normal) { self.phones.append(normal) }
        }
        self.postcode = postcode.flatMap(Self.postcode)
        self.companyNumber = companyNumber.flatMap(Self.companyNumber)
    }

    static func email(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 > 0x20 && !($0 >= 0x41 && $0 <= 0x5A) }) {
            // Already normal (what the email normalizer writes): no copy.
            return text.utf8.contains(UInt8(ascii: "@")) && text.utf8.count >= 3 ? text : nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte > 0x20 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
        guard bytes.contains(UInt8(ascii: "@")), bytes.count >= 3 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The last nine digits, so `+61 412 345 678` and `0412 345 678` agree; nil below eight digits.
    static func phone(_ text: String) -> UInt64? {
        var value: UInt64 = 0
        var digits = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
            value = (value * 10 + UInt64(byte - 0x30)) % 1_000_000_000
            digits += 1
        }
        return digits >= 8 ? value : nil
    }

    static func postcode(_ text: String) -> String? {
        if !text.isEmpty && text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }) {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) {
                bytes.append(byte >= 0x61 ? byte - 32 : byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                bytes.append(byte)
            }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Digits only; nil below six digits (not a register number).
    static func companyNumber(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return text.utf8.count >= 6 ? text : nil }
        let digits = text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
        return digits.count >= 6 ? String(decoding: digits, as: UTF8.self) : nil
    }

    /// How two clients' details compare.
    struct Comparison: Sendable, Hashable {
        var emailAgrees = false
        var phoneAgrees = false
        var companyAgrees = false
        var postcodeAgrees = false
        var emailConflicts = false
        var phoneConflicts = false
        var companyConflicts = false
        var postcodeConflicts = false

        /// An email, phone or company number in common: enough to confirm a fuzzy name match.
        var corroborates: Bool { emailAgrees || phoneAgrees || companyAgrees }
        var agreements: Int {
            (emailAgrees ? 1 : 0) + (phoneAgrees ? 1 : 0) + (companyAgrees ? 1 : 0) + (postcodeAgrees ? 1 : 0)
        }
        /// Contact details that differ (company numbers are a veto of their own).
        var conflicts: Int { (emailConflicts ? 1 : 0) + (phoneConflicts ? 1 : 0) + (postcodeConflicts ? 1 : 0) }
    }

    func compare(_ other: ContactEvidence) -> Comparison {
        var result = Comparison()
        if !emails.isEmpty && !other.emails.isEmpty {
            if emails.contains(where: other.emails.contains) { result.emailAgrees = true } else { result.emailConflicts = true }
        }
        if !phones.isEmpty && !other.phones.isEmpty {
            if phones.contains(where: other.phones.contains) { result.phoneAgrees = true } else { result.phoneConflicts = true }
        }
        if let a = postcode, let b = other.postcode {
            if a == b { result.postcodeAgrees = true } else { result.postcodeConflicts = true }
        }
        if let a = companyNumber, let b = other.companyNumber {
            if a == b {
                result.companyAgrees = true
            } else if a.utf8.count == b.utf8.count {
                result.companyConflicts = true
            } else if a.utf8.count == 11 && b.utf8.count == 9 && a.hasSuffix(b) {
                result.companyAgrees = true  // an ABN holds the company's ACN
            } else if b.utf8.count == 11 && a.utf8.count == 9 && b.hasSuffix(a) {
                result.companyAgrees = true
            }
        }
        return result
    }
}
