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
/// - Complexity: O(*n*). A canonical `https://` or `http://` address is returned as given after one look
///   at its bytes.
public enum WebsiteNormalizer {
    public static func normalize(_ text: String) -> Normalized<String> {
        if StringBytes.withBytes(text, { isCanonical($0) }) { return Normalized(text) }
        return normalizeByParsing(text)
    }

    /// ``normalize(_:)`` without the one-pass look for a canonical address: cleaned, then parsed.
    static func normalizeByParsing(_ text: String) -> Normalized<String> {
        let cleaned = TextCleaner.clean(text)
        let value = cleaned.value
        if value.isEmpty { return cleaned }
        var storage = value
        switch storage.withUTF8({ parse($0) }) {
        case .canonical:
            return cleaned
        case .rewritten(let result):
            return Normalized(result, notes: cleaned.notes)
        case .invalid(let note):
            return Normalized(value, notes: cleaned.notes + [note])
        }
    }

    /// Whether `bytes` come back from ``normalize(_:)`` as they are, judged in one pass (most cells): printable
    /// ASCII without spaces (which the text cleaner leaves alone), `https://` or `http://`, a host of no
    /// upper-case letters that ``DomainName`` accepts, with no user info or port, then any path, query or
    /// fragment. The host's label rules are checked as its bytes are read (``DomainName/scanASCII(_:from:stopsAtPath:)``).
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hostStart: Int
        if bytes.hasPrefix("https://") {
            hostStart = 8
        } else if bytes.hasPrefix("http://") {
            hostStart = 7
        } else {
            return false
        }
        guard case .valid(var index, upperCase: false) = DomainName.scanASCII(bytes, from: hostStart, stopsAtPath: true)
        else { return false }
        // The path, query and fragment: printable ASCII.
        while index < bytes.count {
            guard bytes[index] &- 0x21 < 0x5E else { return false }  // 0x21...0x7E
            index += 1
        }
        return true
    }

    enum Outcome {
        case canonical
        case rewritten(String)
        case invalid(NormalizationNote)
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let count = bytes.count
        if bytes.contains(0x20) { return .invalid(.websiteSpaces) }

        // Scheme: `letter (letter | digit | + | - | .)* ://`.
        var index = 0
        while index < count, isSchemeByte(bytes[index], first: index == 0) { index += 1 }
        var restStart = 0
        var scheme: StaticString = "https"
        var rewrite = false
        var schemeGiven = false
        if index > 0, index + 2 < count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"),
            bytes[index + 2] == UInt8(ascii: "/")
        {
            let given = UnsafeBufferPointer(rebasing: bytes[..<index])
            if equalsIgnoringCase(given, "https") {
                scheme = "https"
            } else if equalsIgnoringCase(given, "http") {
                scheme = "http"
            } else {
                return .invalid(.websiteScheme)
            }
            rewrite = given.contains { $0 &- 0x41 < 26 }
            schemeGiven = true
            restStart = index + 3
        } else {
            rewrite = true  // `https://` is added
            if count >= 2, bytes[0] == UInt8(ascii: "/"), bytes[1] == UInt8(ascii: "/") { restStart = 2 }
        }

        // Authority: [userinfo@]host[:port], up to the first `/`, `?` or `#`.
        var authorityEnd = restStart
        while authorityEnd < count, bytes[authorityEnd] != UInt8(ascii: "/"), bytes[authorityEnd] != UInt8(ascii: "?"),
            bytes[authorityEnd] != UInt8(ascii: "#")
        {
            authorityEnd += 1
        }
        let authority = UnsafeBufferPointer(rebasing: bytes[restStart..<authorityEnd])
        if !schemeGiven {
            if authority.contains(UInt8(ascii: "@")) { return .invalid(.websiteEmail) }
            if authority.contains(UInt8(ascii: ":")) && !authority.contains(UInt8(ascii: ".")) {
                return .invalid(.websiteScheme)  // `mailto:…`, `tel:…`
            }
        }
        var hostStart = restStart
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { hostStart = restStart + at + 1 }
        var hostEnd = authorityEnd
        if let colon = bytes[hostStart..<authorityEnd].lastIndex(of: UInt8(ascii: ":")) {
            guard bytes[(colon + 1)..<authorityEnd].allSatisfy({ $0 &- 0x30 < 10 }) else {
                return .invalid(.websiteHost)
            }
            hostEnd = colon
        }
        var hostLast = hostEnd  // a trailing dot (`example.com.`) is dropped when no port follows
        if hostEnd == authorityEnd, hostLast > hostStart, bytes[hostLast - 1] == UInt8(ascii: ".") {
            hostLast -= 1
            rewrite = true
        }
        let host = UnsafeBufferPointer(rebasing: bytes[hostStart..<hostLast])

        func hostProblem(_ host: UnsafeBufferPointer<UInt8>) -> NormalizationNote? {
            if DomainName.isValid(host) { return nil }
            return host.contains(UInt8(ascii: ".")) ? .websiteHost : .websiteNoDot
        }

        if host.contains(where: { $0 >= 0x80 }) {
            // An internationalised host: lower-case it through the standard library (rare).
            var lower = String(decoding: host, as: UTF8.self).lowercased()
            if let problem = lower.withUTF8({ hostProblem($0) }) { return .invalid(problem) }
            let rewritten = !StringBytes.equal(host, lower) || rewrite
            if !rewritten { return .canonical }
            var result = String()
            result.reserveCapacity(count + 8)
            result += "\(scheme)://"
            result += String(decoding: bytes[restStart..<hostStart], as: UTF8.self)
            result += lower
            result += String(decoding: bytes[hostEnd...], as: UTF8.self)
            return .rewritten(result)
        }
        if let problem = hostProblem(host) { return .invalid(problem) }
        if host.contains(where: { $0 &- 0x41 < 26 }) { rewrite = true }
        if !rewrite { return .canonical }

        let result = String(unsafeUninitializedCapacity: count + 8) { out in
            var written = 0
            func write(_ byte: UInt8) {
                out[written] = byte
                written += 1
            }
            scheme.withUTF8Buffer { for byte in $0 { write(byte) } }
            for byte in "://".utf8 { write(byte) }
            for byte in bytes[restStart..<hostStart] { write(byte) }
            for byte in host { write(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
            for byte in bytes[hostEnd...] { write(byte) }
            return written
        }
        return .rewritten(result)
    }

    @inline(__always)
    static func isSchemeByte(_ byte: UInt8, first: Bool) -> Bool {
        let letter = (byte | 0x20) &- 0x61 < 26
        if first { return letter }
        return letter || byte &- 0x30 < 10 || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        lowercase.withUTF8Buffer { expected in
            bytes.count == expected.count
                && zip(bytes, expected).allSatisfy { ($0 &- 0x41 < 26 ? $0 | 0x20 : $0) == $1 }
        }
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
