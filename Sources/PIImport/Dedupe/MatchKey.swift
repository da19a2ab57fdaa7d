/// The match-key pipeline of domain.md 6.4: one deterministic function for both sides of a match.
///
/// 1. Trim, NFKC, fold case, diacritics and width, map the letters that have no decomposition
///    (ø ł đ ħ ı æ œ þ ð ß), drop curly quotes and apostrophes, dashes to `-`, Unicode spaces to space.
/// 2. `&` and `+` between words become `and`; `t/a`, `t/as`, `a/c`, `a/s`, `c/o` stay tokens.
/// 3. Split trust and trading constructs (ATF, as trustee(s) for, trustee for, T/A, T/As, trading as)
///    into sides, each keyed on its own.
/// 4. Remove punctuation (dots join initials: `A.T.F.` is `atf`, `J.Smith` is `j smith`; apostrophes and
///    hyphens join; other punctuation separates).
/// 5. Drop a leading `the`, `the trustee(s) for`, `trustee(s) for`.
/// 6. Strip trailing legal forms (AU, NZ, UK, US, CA and a few European ones), multi-token first, and a
///    trailing `acn|abn|arbn|nzbn` number, in a loop; a key that would be empty falls back to the
///    unstripped name. The word `trust` is never stripped.
/// 7. Weak keys: sorted tokens (person order), plural and synonym folding, initial and surname.
///
/// A trailing `-1` (`John Doe-1`, how some tools get past Xero's unique-name rule) is dropped.
///
/// - Complexity: O(n) in the name's length; ASCII names never touch Foundation.
public enum MatchKey {
    /// The keys of `name`.
    public static func keys(for name: String) -> MatchKeys {
        var tokens = tokenize(MatchKeyFolding.foldedBytes(name))
        dropLeadingArticles(&tokens.tokens)
        let parts = split(tokens.tokens)
        var sideKeys: [[Token]] = []
        var hadLegalForm = false
        for part in parts.sides {
            var side = part
            dropLeadingArticles(&side)
            let stripped = stripLegalForms(side)
            if stripped.count != side.count { hadLegalForm = true }
            sideKeys.append(stripped)
        }
        if sideKeys.isEmpty { sideKeys = [tokens.tokens.isEmpty ? [] : tokens.tokens] }

        var keyTokens: [Token] = []
        for (index, side) in sideKeys.enumerated() {
            if index > 0 { keyTokens.append(parts.markers[index - 1] == .trust ? Terms.atf : Terms.ta) }
            keyTokens += side
        }
        let key = joined(keyTokens)
        var strong: [String] = []
        if sideKeys.count > 1 {
            for side in sideKeys where !side.isEmpty { appendUnique(joined(side), to: &strong) }
        } else {
            appendUnique(key, to: &strong)
        }
        let trustee = sideKeys.count > 1 && parts.markers.first == .trust ? joined(sideKeys[0]) : nil

        // "Last, First": the name in the usual order is a strong key too.
        let single = sideKeys.count == 1 ? sideKeys[0] : []
        let personLike = sideKeys.count == 1 && !hadLegalForm && isPersonLike(single)
        var personOrder: [Token]?
        if personLike, tokens.commas == 1, let comma = tokens.commaIndex, comma > 0, comma < single.count,
            single.count == tokens.tokens.count
        {
            let inverted = Array(single[comma...] + single[..<comma])
            appendUnique(joined(inverted), to: &strong)
            personOrder = inverted
        }

        var weak: [String] = []
        for side in sideKeys where side.count > 1 {
            let sorted = side.sorted { $0.lexicographicallyPrecedes($1) }
            appendUnique(joined(sorted), to: &weak)
        }
        for side in sideKeys {
            let folded = foldSynonymsAndPlurals(side)
            if !folded.isEmpty { appendUnique(joined(folded), to: &weak) }
        }
        if personLike {
            let ordered = personOrder ?? single
            if ordered.count >= 2, let first = ordered.first?.first, let last = ordered.last {
                appendUnique(joined([[first], last]), to: &weak)
            }
        } else if sideKeys.count == 1, single.count >= 2, single.count <= 4, single[0].count == 1,
            single.allSatisfy({ $0.allSatisfy(Self.isLetter) })
        {
            // "J Smith & Co", "J. A. Smith": already initial and surname.
            appendUnique(joined([single[0], single[single.count - 1]]), to: &weak)
        }
        weak.removeAll { strong.contains($0) }
        return MatchKeys(
            key: key, strong: strong, weak: weak, trustee: trustee, isPersonLike: personLike,
            hadLegalForm: hadLegalForm)
    }

    /// The key of the whole name: ``MatchKeys/key``.
    public static func key(for name: String) -> String {
        keys(for: name).key
    }

    // MARK: - Tokens

    typealias Token = [UInt8]

    struct Tokens {
        var tokens: [Token] = []
        var commas = 0
        /// How many tokens came before the first comma.
        var commaIndex: Int?
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// Splits folded bytes into raw tokens, then cleans each (steps 2 and 4).
    static func tokenize(_ bytes: [UInt8]) -> Tokens {
        var raw: [Token] = []
        var result = Tokens()
        var current: Token = []
        func end() {
            if !current.isEmpty {
                raw.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                end()
            case UInt8(ascii: ","):
                end()
                result.commas += 1
                if result.commaIndex == nil { result.commaIndex = raw.count }
            case UInt8(ascii: "&"), UInt8(ascii: "+"):
                end()
                raw.append(Terms.ampersand)
            case UInt8(ascii: "'"):
                continue
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"):
                current.append(byte)
            default:
                if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    current.append(byte)
                } else {
                    end()
                }
            }
        }
        end()
        // A trailing "-1" / "-12" glued to the last word.
        while let last = raw.last, last.last == UInt8(ascii: "."), last.count > 1 { raw[raw.count - 1].removeLast() }
        if var last = raw.last, let dash = last.lastIndex(of: UInt8(ascii: "-")), dash > 0,
            last.count - dash - 1 >= 1, last.count - dash - 1 <= 2,
            last[(dash + 1)...].allSatisfy(isDigit), last[..<dash].contains(where: isLetter)
        {
            last.removeSubrange(dash...)
            raw[raw.count - 1] = last
        }
        // Map raw token positions to clean token positions for the comma.
        var commaIndex: Int?
        for (index, token) in raw.enumerated() {
            if index == result.commaIndex { commaIndex = result.tokens.count }
            if token == Terms.ampersand {
                result.tokens.append(token)
                continue
            }
            clean(token, into: &result.tokens)
        }
        if result.commaIndex != nil { result.commaIndex = commaIndex ?? result.tokens.count }
        // "&" / "+" between words is "and"; elsewhere it goes.
        var index = 0
        while index < result.tokens.count {
            if result.tokens[index] == Terms.ampersand {
                if index > 0, index < result.tokens.count - 1, result.tokens[index + 1] != Terms.ampersand {
                    result.tokens[index] = Terms.and
                } else {
                    result.tokens.remove(at: index)
                    if let comma = result.commaIndex, comma > index { result.commaIndex = comma - 1 }
                    continue
                }
            }
            index += 1
        }
        return result
    }

    /// Cleans one raw token: slash tokens kept, other slashes separate, dots join initials and
    /// separate words, hyphens join.
    static func clean(_ token: Token, into tokens: inout [Token]) {
        if token.contains(UInt8(ascii: "/")) {
            let undotted = token.filter { $0 != UInt8(ascii: ".") }
            if Terms.slashTokens.contains(undotted) {
                tokens.append(undotted)
                return
            }
            for part in token.split(separator: UInt8(ascii: "/")) { cleanDots(Array(part), into: &tokens) }
            return
        }
        cleanDots(token, into: &tokens)
    }

    private static func cleanDots(_ token: Token, into tokens: inout [Token]) {
        let dehyphenated = token.contains(UInt8(ascii: "-")) ? token.filter { $0 != UInt8(ascii: "-") } : token
        guard dehyphenated.contains(UInt8(ascii: ".")) else {
            if !dehyphenated.isEmpty { tokens.append(dehyphenated) }
            return
        }
        var acronym: Token = []
        for segment in dehyphenated.split(separator: UInt8(ascii: ".")) {
            if segment.count == 1 {
                acronym.append(segment[segment.startIndex])
            } else {
                if !acronym.isEmpty {
                    tokens.append(acronym)
                    acronym.removeAll()
                }
                tokens.append(Array(segment))
            }
        }
        if !acronym.isEmpty { tokens.append(acronym) }
    }

    // MARK: - Steps 3 and 5

    enum Marker { case trust, trading }

    /// Drops a leading `the`, `the trustee(s) for`, `trustee(s) for`, never the whole name.
    static func dropLeadingArticles(_ tokens: inout [Token]) {
        while true {
            var dropped = false
            for prefix in Terms.leadingPrefixes where tokens.count > prefix.count {
                if tokens.starts(with: prefix) {
                    tokens.removeFirst(prefix.count)
                    dropped = true
                    break
                }
            }
            if !dropped { return }
        }
    }

    /// Splits on ATF and T/A markers: the sides and the markers between them.
    static func split(_ tokens: [Token]) -> (sides: [[Token]], markers: [Marker]) {
        var sides: [[Token]] = []
        var markers: [Marker] = []
        var start = 0
        var index = 1
        while index < tokens.count {
            // Most tokens are passed over on their first byte (every marker starts with `a` or `t`).
            guard let initial = tokens[index].first, Terms.startsSplitMarker[Int(initial)] else {
                index += 1
                continue
            }
            var matched: (length: Int, marker: Marker)?
            for (marker, kind) in Terms.splitMarkers where index + marker.count <= tokens.count {
                if tokens[index..<(index + marker.count)].elementsEqual(marker) {
                    matched = (marker.count, kind)
                    break
                }
            }
            if let matched, index > start, index + matched.length < tokens.count {
                sides.append(Array(tokens[start..<index]))
                markers.append(matched.marker)
                start = index + matched.length
                index = start + 1
            } else if let matched, index + matched.length >= tokens.count {
                // A marker with nothing after it: drop it.
                sides.append(Array(tokens[start..<index]))
                return (sides, markers)
            } else {
                index += 1
            }
        }
        sides.append(Array(tokens[start...]))
        return (sides, markers)
    }

    // MARK: - Step 6

    /// Strips trailing legal forms and registration numbers until nothing changes; falls back to the
    /// tokens as given when nothing would be left.
    static func stripLegalForms(_ tokens: [Token]) -> [Token] {
        var result = tokens
        var changed = true
        while changed && !result.isEmpty {
            changed = false
            let registration = registrationSuffixLength(result)
            if registration > 0 {
                result.removeLast(registration)
                changed = true
                continue
            }
            guard let last = result.last, let candidates = Terms.legalFormsByLastToken[Terms.bucket(last)] else { break }
            for term in candidates where term.count <= result.count {
                if result[(result.count - term.count)...].elementsEqual(term) {
                    result.removeLast(term.count)
                    changed = true
                    break
                }
            }
        }
        return result.isEmpty ? tokens : result
    }

    /// How many trailing tokens are a company or business number: `acn 123 456 789`, `abn12345678901`.
    static func registrationSuffixLength(_ tokens: [Token]) -> Int {
        var count = 0
        while count < tokens.count, tokens[tokens.count - 1 - count].allSatisfy(isDigit) { count += 1 }
        if count > 0, count < tokens.count, Terms.registrationWords.contains(tokens[tokens.count - 1 - count]) {
            return count + 1
        }
        if count == 0, let last = tokens.last {
            for word in Terms.registrationWords where last.count > word.count + 5 && last.starts(with: word) {
                if last[word.count...].allSatisfy(isDigit) { return 1 }
            }
        }
        return 0
    }

    // MARK: - Step 7

    static func isPersonLike(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 2, tokens.count <= 3 else { return false }
        for token in tokens {
            guard token.allSatisfy(isLetter), !Terms.businessWords.contains(token) else { return false }
        }
        return true
    }

    /// Synonyms folded (co/coy/company, no/number, aust/australia(n), bros/brothers, nz/new zealand), `and`
    /// dropped, trailing plural `s` dropped.
    static func foldSynonymsAndPlurals(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token == Terms.new, index + 1 < tokens.count, tokens[index + 1] == Terms.zealand {
                result.append(Terms.nz)
                index += 2
                continue
            }
            index += 1
            if token == Terms.and { continue }
            if let synonym = Terms.synonyms[token] {
                result.append(synonym)
                continue
            }
            let n = token.count
            if n > 3, token[n - 1] == UInt8(ascii: "s"), token[n - 2] != UInt8(ascii: "s"),
                token[n - 2] != UInt8(ascii: "u"), token[n - 2] != UInt8(ascii: "i"), token.allSatisfy(isLetter)
            {
                result.append(Array(token[..<(n - 1)]))
            } else {
                result.append(token)
            }
        }
        return result.isEmpty ? tokens : result
    }

    // MARK: - Helpers

    static func joined(_ tokens: [Token]) -> String {
        String(unsafeUninitializedCapacity: tokens.reduce(tokens.count) { $0 + $1.count }) { bytes in
            var count = 0
            for (index, token) in tokens.enumerated() {
                if index > 0 {
                    bytes[count] = 0x20
                    count += 1
                }
                for byte in token where byte != UInt8(ascii: "/") {
                    bytes[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The words of a key (its bytes between spaces, none empty).
    static func words(_ key: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        words.reserveCapacity(key.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
        var start = 0
        for index in key.indices where key[index] == 0x20 {
            if index > start { words.append(key[start..<index]) }
            start = index + 1
        }
        if start < key.count { words.append(key[start...]) }
        return words
    }

    private static func appendUnique(_ key: String, to keys: inout [String]) {
        if !key.isEmpty, !keys.contains(key) { keys.append(key) }
    }
}
