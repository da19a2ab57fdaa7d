/// Puts a website in the form Ignition's `website` URL field takes: `www.Example.com/About` →
/// `https://www.example.com/About`.
///
/// Steps: clean white space (``TextCleaner``); add `https://` when there is no scheme (`//host` gets
/// `https:`); lower-case the scheme and the host; keep user info, port, path, query and fragment as
/// written; drop a trailing dot after the host (`example.com.`, the end of a sentence). `http://` is kept:
/// whether the site serves HTTPS is not ours to guess. Adding the scheme is not noted: it is what most
/// cells need.
///
/// Kept as given (cleaned) with a `website-invalid` warning: values with spaces inside, a host without a
/// dot or with characters a host name cannot have, an email address (`@` and no scheme), and schemes other
/// than `http` and `https` (`ftp://`, `mailto:`).
///
/// - Complexity: O(*n*). A canonical `https://` or `http://` address is returned as given.
public enum WebsiteNormalizer {
    public static func normalize(_ text: String) -> Normalized<String> {
        let cleaned = TextCleaner.clean(text)
        let value = cleaned.value
        if value.isEmpty { return cleaned }
        func invalid(_ note: NormalizationNote) -> Normalized<String> {
            Normalized(value, notes: cleaned.notes + [note])
        }
        let utf8 = value.utf8
        if utf8.contains(0x20) { return invalid(.websiteSpaces) }

        // Scheme.
        var scheme = "https"
        var rest = Substring(value)
        if let colon = schemeEnd(value) {
            let given = value[..<colon]
            let lower = asciiLowercased(given)
            guard lower == "http" || lower == "https" else { return invalid(.websiteScheme) }
            scheme = lower
            rest = value[value.index(colon, offsetBy: 3)...]
        } else if value.hasPrefix("//") {
            rest = value.dropFirst(2)
        } else {
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            if rest[..<authorityEnd].contains("@") { return invalid(.websiteEmail) }
            if rest[..<authorityEnd].contains(":"), !rest[..<authorityEnd].contains(".") {
                return invalid(.websiteScheme)  // `mailto:x`, `tel:…`
            }
        }

        // Authority: [userinfo@]host[:port].
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let path = rest[authorityEnd...]
        var hostStart = authority.startIndex
        if let at = authority.lastIndex(of: "@") { hostStart = authority.index(after: at) }
        let userInfo = authority[..<hostStart]
        var hostEnd = authority.endIndex
        if let colon = authority[hostStart...].lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard port.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return invalid(.websiteHost) }
            hostEnd = colon
        }
        var host = authority[hostStart..<hostEnd]
        let port = authority[hostEnd...]
        if host.last == ".", port.isEmpty { host = host.dropLast() }
        var canonicalHost = host.utf8.contains(where: { $0 >= 0x80 }) ? host.lowercased() : asciiLowercased(host)
        guard canonicalHost.withUTF8({ DomainName.isValid($0) }) else {
            return invalid(canonicalHost.contains(".") ? .websiteHost : .websiteNoDot)
        }

        var result = scheme
        result.reserveCapacity(utf8.count + 8)
        result += "://"
        result += userInfo
        result += canonicalHost
        result += port
        result += path
        if result.utf8.elementsEqual(utf8) { result = value }
        return Normalized(result, notes: cleaned.notes)
    }

    /// The index of `:` in a leading `scheme://`, or `nil`.
    static func schemeEnd(_ value: String) -> String.Index? {
        let utf8 = value.utf8
        var index = utf8.startIndex
        guard index < utf8.endIndex, isLetter(utf8[index]) else { return nil }
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ":") {
                let rest = value[index...]
                return rest.hasPrefix("://") ? index : nil
            }
            guard isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return nil }
            index = utf8.index(after: index)
        }
        return nil
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func asciiLowercased(_ text: Substring) -> String {
        if !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(text) }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

extension NormalizationNote {
    static let websiteSpaces = Self(.websiteInvalid, .warning, "website kept as given: it holds spaces")
    static let websiteNoDot = Self(.websiteInvalid, .warning, "website kept as given: its host name has no dot")
    static let websiteHost = Self(
        .websiteInvalid, .warning, "website kept as given: its host name has characters a host name cannot have")
    static let websiteEmail = Self(.websiteInvalid, .warning, "website kept as given: it looks like an email address")
    static let websiteScheme = Self(
        .websiteInvalid, .warning, "website kept as given: not an http or https address")
}
