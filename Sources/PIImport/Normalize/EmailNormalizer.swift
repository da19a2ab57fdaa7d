/// Turns an email cell into one address: `"Jane Doe" <Jane@Example.COM>` → `Jane@example.com`.
///
/// Steps: clean white space and invisible characters (``TextCleaner``); split cells that hold several
/// addresses at `;`, `,`, line breaks or white space between bare addresses (a `,` inside a quoted display
/// name does not split); take the address out of a display name (`"Jane Doe" <jane@x.com>`,
/// `Jane Doe <jane@x.com>`), a comment (`jane@x.com (work)`), a `mailto:` link (query dropped), quotes,
/// a label (`Email: jane@x.com`) or a trailing dot; lower-case the domain (the local part keeps its case:
/// RFC 5321 leaves it to the receiving server); fold full-width forms (`＠`, `．`) to ASCII.
///
/// An address is valid when it has exactly one `@`; a local part of 1 to 64 bytes of letters, digits,
/// ``!#$%&'*+-/=?^_`{|}~`` and non-ASCII letters, with no leading, trailing or doubled dot; a domain of
/// at least two dot-separated labels of 1 to 63 bytes made of letters (non-ASCII allowed, for IDN),
/// digits and inner hyphens, the last not all digits; no spaces; at most 254 bytes in all. Quoted local
/// parts and IP-literal domains are valid RFC 5321 but never seen in client lists, and are rejected.
///
/// Notes: `email-invalid` (error; the cell is kept as given, cleaned), `email-multiple-addresses`
/// (warning; the first valid address is the value, ``normalizeAll(_:lengthLimit:)`` gives every one),
/// `email-extracted` (info), `email-over-length-limit` (warning, when `lengthLimit` is given and
/// exceeded: pass ``quickBooksLengthLimit`` for QuickBooks Online's 100). An empty cell stays empty, with
/// no note: whether an email is required is for validation to say.
///
/// - Complexity: O(*n*). A plain valid ASCII address (the common case) is checked in one pass over its
///   bytes and returned as given, without allocating, or with its domain lower-cased into one new string.
public enum EmailNormalizer {
    /// QuickBooks Online's limit on `PrimaryEmailAddr.Address` (domain.md §3.3).
    public static let quickBooksLengthLimit = 100
    /// The longest address RFC 5321 allows through SMTP.
    public static let maximumLength = 254

    /// The first address in the cell, normalized.
    public static func normalize(_ text: String, lengthLimit: Int? = nil) -> Normalized<String> {
        switch plainAddress(text) {
        case .valid:
            if let lengthLimit, text.utf8.count > lengthLimit {
                return Normalized(text, notes: [.emailOverLengthLimit])
            }
            return Normalized(text)
        case .validWithUpperCaseDomain(let at):
            let result = lowercasingDomain(text, after: at)
            if let lengthLimit, result.utf8.count > lengthLimit {
                return Normalized(result, notes: [.emailOverLengthLimit])
            }
            return Normalized(result)
        case .other:
            break
        }
        // Multi-line cleaning keeps line breaks, which separate addresses like `;` and `,` do.
        let cleaned = TextCleaner.clean(text, lines: .multiLine)
        if cleaned.value.isEmpty { return cleaned }
        let candidates = split(cleaned.value)
        let results = candidates.map { normalizeOne($0, lengthLimit: lengthLimit) }
        guard let first = results.first(where: { !$0.has(.emailInvalid) }) else {
            let kept = TextCleaner.clean(text)
            let notes = kept.notes.filter { $0.code != .textLineBreaksJoined }
            return Normalized(kept.value, notes: notes + [.emailInvalid])
        }
        var notes = cleaned.notes
        if results.count > 1 { notes.append(.emailMultipleAddresses) }
        notes.append(contentsOf: first.notes)
        return Normalized(first.value, notes: notes)
    }

    /// Every address in the cell, each normalized on its own (invalid ones kept as given with
    /// `email-invalid`). Empty for an empty cell.
    public static func normalizeAll(_ text: String, lengthLimit: Int? = nil) -> [Normalized<String>] {
        if case .other = plainAddress(text) {} else { return [normalize(text, lengthLimit: lengthLimit)] }
        let cleaned = TextCleaner.clean(text, lines: .multiLine)
        if cleaned.value.isEmpty { return [] }
        return split(cleaned.value).map { normalizeOne($0, lengthLimit: lengthLimit) }
    }

    // MARK: - Fast path

    enum PlainAddress: Equatable {
        /// Valid as it stands.
        case valid
        /// Valid once the domain, after the `@` at this byte offset, is lower-cased.
        case validWithUpperCaseDomain(at: Int)
        /// Anything else: needs the full treatment.
        case other
    }

    /// Whether the text is a plain ASCII address (no spaces, wrappers or separators) that is valid as it
    /// stands or once its domain is lower-cased. One pass, the same rules as ``canonicalAddress(_:)``.
    static func plainAddress(_ text: String) -> PlainAddress {
        StringBytes.withBytes(text) { bytes -> PlainAddress in
            let count = bytes.count
            guard count >= 6, count <= maximumLength else { return .other }
            // Local part: atext and dots, no leading, trailing or doubled dot, 1 to 64 bytes.
            var at = 0
            var lastDot = -1
            local: while at < count {
                // Eight letters at once where they are; else the next eight bytes (or the rest) one by one.
                var end = count
                if count - at >= 8 {
                    if DomainName.upperCaseInLetterWord(bytes, at: at) != nil {
                        at += 8
                        continue
                    }
                    end = at + 8
                }
                while at < end {
                    let byte = bytes[at]
                    if byte == UInt8(ascii: "@") { break local }
                    if byte == UInt8(ascii: ".") {
                        guard at > 0, lastDot != at - 1 else { return .other }
                        lastDot = at
                    } else {
                        guard ASCIIClass.isAtext(byte) else { return .other }
                    }
                    at += 1
                }
            }
            guard at > 0, at <= 64, at < count, lastDot != at - 1 else { return .other }
            // Domain: labels of letters, digits and inner hyphens, 1 to 63 bytes; a TLD of 2 or more,
            // not all digits; at least one dot; at most 253 bytes.
            guard case .valid(_, let upperCase) = DomainName.scanASCII(bytes, from: at + 1, stopsAtPath: false) else {
                return .other
            }
            return upperCase ? .validWithUpperCaseDomain(at: at) : .valid
        }
    }

    /// The text with its ASCII bytes after offset `at` lower-cased.
    static func lowercasingDomain(_ text: String, after at: Int) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = count > at && byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }

    // MARK: - Splitting

    /// The address candidates in a cleaned cell: split at line breaks, and at `;` and `,` outside quotes
    /// and angle brackets; a piece of several bare addresses separated by spaces is split at the spaces.
    static func split(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        var angleDepth = 0
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "\"": inQuotes.toggle()
            case "<" where !inQuotes: angleDepth += 1
            case ">" where !inQuotes && angleDepth > 0: angleDepth -= 1
            case ";", ",", "\n":
                if scalar == "\n" {
                    inQuotes = false  // a line break ends whatever was open
                    angleDepth = 0
                }
                if !inQuotes && angleDepth == 0 {
                    if start < index { pieces.append(Substring(scalars[start..<index])) }
                    start = scalars.index(after: index)
                }
            default: break
            }
            index = scalars.index(after: index)
        }
        if start < text.endIndex { pieces.append(Substring(scalars[start...])) }
        // Within a piece, several bare addresses separated by spaces are several candidates; anything
        // else with spaces (a display name, a comment, a label) stays one candidate.
        var candidates: [Substring] = []
        for piece in pieces {
            let trimmed = piece.trimmingASCIISpaces()
            if trimmed.isEmpty { continue }
            let words = trimmed.split(separator: " ")
            if words.count > 1, !trimmed.contains("<"), !trimmed.contains("\""),
                words.allSatisfy({ $0.contains("@") })
            {
                candidates.append(contentsOf: words)
            } else {
                candidates.append(trimmed)
            }
        }
        return candidates
    }

    // MARK: - One address

    static func normalizeOne(_ candidate: Substring, lengthLimit: Int?) -> Normalized<String> {
        var extracted = false
        var address = candidate

        // Display name: take what is inside the last <...>.
        if let open = address.lastIndex(of: "<"), let close = address[open...].firstIndex(of: ">") {
            extracted = true
            address = address[address.index(after: open)..<close].trimmingASCIISpaces()
        }
        // Comment: `jane@x.com (Jane Doe)` or `(Jane Doe) jane@x.com`.
        if let open = address.firstIndex(of: "("), let close = address[open...].firstIndex(of: ")") {
            let rest = (address[..<open] + address[address.index(after: close)...])
            extracted = true
            address = Substring(rest).trimmingASCIISpaces()
        }
        // A label: `Email: jane@x.com`, `E-mail - jane@x.com`.
        if let space = address.lastIndex(of: " ") {
            let label = address[..<space].trimmingASCIISpaces()
            if let last = label.last, last == ":" || last == "-", !label.contains("@") {
                extracted = true
                address = address[address.index(after: space)...]
            }
        }
        // mailto:, with any query.
        if address.utf8.count > 7, address.prefix(7).lowercased() == "mailto:" {
            extracted = true
            address = address.dropFirst(7)
            if let query = address.firstIndex(of: "?") { address = address[..<query] }
            address = address.trimmingASCIISpaces()
        }
        // Quotes and brackets around the whole address.
        while let first = address.first, let last = address.last, address.count >= 2,
            (first == "\"" && last == "\"") || (first == "'" && last == "'") || (first == "<" && last == ">")
                || (first == "[" && last == "]")
        {
            extracted = true
            address = address.dropFirst().dropLast().trimmingASCIISpaces()
        }
        // Trailing dots: the end of a sentence.
        while address.last == "." {
            extracted = true
            address = address.dropLast()
        }

        guard var result = canonicalAddress(address) else {
            return Normalized(String(candidate), notes: [.emailInvalid])
        }
        if result.utf8.count == candidate.utf8.count, StringBytes.equal(result, String(candidate)) {
            result = String(candidate)
        }
        var notes: [NormalizationNote] = []
        if extracted { notes.append(.emailExtracted) }
        if let lengthLimit, result.utf8.count > lengthLimit { notes.append(.emailOverLengthLimit) }
        return Normalized(result, notes: notes)
    }

    /// The address with full-width forms folded and the domain lower-cased; `nil` when invalid.
    static func canonicalAddress(_ address: Substring) -> String? {
        var text = String(address)
        if !StringBytes.isASCII(text) {
            text = TextCleaner.foldingFullwidth(text)
        }
        guard let at = text.firstIndex(of: "@") else { return nil }
        let local = text[..<at]
        var domain = String(text[text.index(after: at)...])
        guard !domain.contains("@") else { return nil }
        if !StringBytes.isASCII(domain) {
            domain = domain.lowercased()
        } else if domain.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            domain = asciiLowercased(domain)
        }
        var localCopy = String(local)
        var domainCopy = domain
        let valid = localCopy.withUTF8 { isValidLocal($0) } && domainCopy.withUTF8 { DomainName.isValid($0) }
        guard valid else { return nil }
        let result = localCopy + "@" + domainCopy
        return result.utf8.count <= maximumLength ? result : nil
    }

    // MARK: - Rules

    /// ASCII bytes that may appear in a local part: atext and `.`.
    @inline(__always)
    static func isASCIIAddressByte(_ byte: UInt8) -> Bool {
        ASCIIClass.isAtext(byte)
    }

    static func isValidLocal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64 else { return false }
        var previous: UInt8 = 0x2E  // a leading dot is caught as a doubled one
        for byte in bytes {
            if byte == 0x2E, previous == 0x2E { return false }
            if byte < 0x80, !isASCIIAddressByte(byte) { return false }
            previous = byte
        }
        return previous != 0x2E
    }

    // MARK: - Helpers

    static func asciiLowercased(_ text: String) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
    }
}

extension Substring {
    /// The substring without leading and trailing ASCII spaces.
    func trimmingASCIISpaces() -> Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}

extension NormalizationNote {
    static let emailInvalid = Self(.emailInvalid, .error, "email kept as given: not an email address")
    static let emailMultipleAddresses = Self(
        .emailMultipleAddresses, .warning, "several email addresses in one cell: the first was kept")
    static let emailExtracted = Self(
        .emailExtracted, .info, "email address taken out of a display name, mailto: link, label or punctuation")
    static let emailOverLengthLimit = Self(
        .emailOverLengthLimit, .warning, "email address longer than the target system accepts")
}
