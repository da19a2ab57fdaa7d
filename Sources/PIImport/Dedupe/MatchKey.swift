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
/// - Complexity: O(n) in the name's length; tokens are views of one buffer in temporary memory, so the
///   only allocations are the keys returned; ASCII names never touch Foundation.
public enum MatchKey {
    /// The keys of `name`.
    public static func keys(for name: String) -> MatchKeys {
        MatchKeyFolding.withFoldedBytes(name) { folded in
            NameTokens.withTokens(of: folded) { tokens in
                withUnsafeTemporaryAllocation(of: Side.self, capacity: tokens.count + 1) { sides in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * folded.count + 4) { text in
                        var builder = KeysBuilder(
                            tokens: tokens, sides: sides, text: text, ascii: !folded.contains(where: { $0 >= 0x80 }))
                        return builder.keys()
                    }
                }
            }
        }
    }

    /// The key of the whole name: ``MatchKeys/key``.
    public static func key(for name: String) -> String {
        keys(for: name).key
    }

    typealias Token = NameTokens.Token

    enum Marker { case trust, trading }

    /// One side of an ATF / T/A split: tokens `lower..<upper`, and whether a trust marker came before it.
    struct Side {
        var lower: Int
        var upper: Int
        var afterTrust: Bool
        var count: Int { upper - lower }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
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

    /// Steps 3, 5, 6 and 7 over a name's tokens, and the keys as strings.
    private struct KeysBuilder {
        let tokens: NameTokens
        let sides: UnsafeMutableBufferPointer<Side>
        /// Where a key's bytes are put together.
        let text: UnsafeMutableBufferPointer<UInt8>
        /// Whether the name is ASCII after folding: equal keys are then equal bytes.
        let ascii: Bool
        var sideCount = 0

        mutating func keys() -> MatchKeys {
            let lower = dropLeadingArticles(0, tokens.count)
            split(lower, tokens.count)
            var hadLegalForm = false
            for index in 0..<sideCount {
                var side = sides[index]
                side.lower = dropLeadingArticles(side.lower, side.upper)
                let stripped = stripLegalForms(side.lower, side.upper)
                if stripped != side.upper { hadLegalForm = true }
                side.upper = stripped
                sides[index] = side
            }

            let key = string(keyLength())
            var strong: [String] = []
            strong.reserveCapacity(sideCount + 1)
            if sideCount > 1 {
                for index in 0..<sideCount where sides[index].count > 0 {
                    appendUnique(join(sides[index].lower, sides[index].upper), to: &strong)
                }
            } else if !key.isEmpty {
                strong.append(key)
            }
            // The trustee side is the first, never empty, so the first strong key.
            let trustee = sideCount > 1 && sides[1].afterTrust ? strong[0] : nil

            // "Last, First": the name in the usual order is a strong key too.
            let single = sideCount == 1 ? sides[0] : Side(lower: 0, upper: 0, afterTrust: false)
            let personLike = sideCount == 1 && !hadLegalForm && isPersonLike(single)
            var personOrder: (first: Token, last: Token)?
            if personLike, tokens.commas == 1, let comma = tokens.commaIndex, comma > 0, comma < single.count,
                single.count == tokens.count - lower
            {
                let spare = tokens.spare
                var count = 0
                for index in (single.lower + comma)..<single.upper { spare[count] = tokens[index]; count += 1 }
                for index in single.lower..<(single.lower + comma) { spare[count] = tokens[index]; count += 1 }
                appendUnique(join(spare, count), to: &strong)
                personOrder = (spare[0], spare[count - 1])
            }

            var weak: [String] = []
            weak.reserveCapacity(2 * sideCount + 1)
            func addWeak(_ length: Int) {
                if !contains(strong, length) { appendUnique(length, to: &weak) }
            }
            for index in 0..<sideCount where sides[index].count > 1 {
                addWeak(join(sorted(sides[index]), sides[index].count))
            }
            for index in 0..<sideCount {
                let count = foldSynonymsAndPlurals(sides[index])
                addWeak(count > 0 ? join(tokens.spare, count) : join(sides[index].lower, sides[index].upper))
            }
            if personLike {
                let ordered = personOrder ?? (tokens[single.lower], tokens[single.upper - 1])
                if single.count >= 2 {
                    addWeak(join(Token(rebasing: ordered.first[..<1]), ordered.last))
                }
            } else if sideCount == 1, single.count >= 2, single.count <= 4, tokens[single.lower].count == 1,
                (single.lower..<single.upper).allSatisfy({ tokens[$0].allSatisfy(MatchKey.isLetter) })
            {
                // "J Smith & Co", "J. A. Smith": already initial and surname.
                addWeak(join(tokens[single.lower], tokens[single.upper - 1]))
            }
            return MatchKeys(
                key: key, strong: strong, weak: weak, trustee: trustee, isPersonLike: personLike,
                hadLegalForm: hadLegalForm)
        }

        // MARK: Steps 3 and 5

        /// Where the tokens `lower..<upper` begin once a leading `the`, `the trustee(s) for`, `trustee(s) for`
        /// is dropped, never the whole name.
        func dropLeadingArticles(_ lower: Int, _ upper: Int) -> Int {
            var lower = lower
            while true {
                var dropped = false
                for prefix in Terms.leadingPrefixes where upper - lower > prefix.count {
                    if startsWith(lower, prefix) {
                        lower += prefix.count
                        dropped = true
                        break
                    }
                }
                if !dropped { return lower }
            }
        }

        /// Splits `lower..<upper` on ATF and T/A markers into ``sides``.
        mutating func split(_ lower: Int, _ upper: Int) {
            var start = lower
            var afterTrust = false
            var index = lower + 1
            while index < upper {
                // Most tokens are passed over on their first byte (every marker starts with `a` or `t`).
                guard let initial = tokens[index].first, Terms.startsSplitMarker[Int(initial)] else {
                    index += 1
                    continue
                }
                var matched: (length: Int, marker: Marker)?
                for (words, marker) in Terms.splitMarkers where index + words.count <= upper {
                    if startsWith(index, words) {
                        matched = (words.count, marker)
                        break
                    }
                }
                if let matched, index + matched.length < upper {
                    addSide(start, index, afterTrust: afterTrust)
                    afterTrust = matched.marker == .trust
                    start = index + matched.length
                    index = start + 1
                } else if matched != nil {
                    // A marker with nothing after it: drop it.
                    addSide(start, index, afterTrust: afterTrust)
                    return
                } else {
                    index += 1
                }
            }
            addSide(start, upper, afterTrust: afterTrust)
        }

        private mutating func addSide(_ lower: Int, _ upper: Int, afterTrust: Bool) {
            sides[sideCount] = Side(lower: lower, upper: upper, afterTrust: afterTrust)
            sideCount += 1
        }

        func startsWith(_ index: Int, _ words: [Term]) -> Bool {
            for (offset, word) in words.enumerated() where !same(tokens[index + offset], word.bytes) { return false }
            return true
        }

        // MARK: Step 6

        /// Where `lower..<upper` ends once trailing legal forms and registration numbers are stripped until
        /// nothing changes; `upper` when nothing would be left.
        func stripLegalForms(_ lower: Int, _ upper: Int) -> Int {
            var end = upper
            var changed = true
            while changed && end > lower {
                changed = false
                let registration = registrationSuffixLength(lower, end)
                if registration > 0 {
                    end -= registration
                    changed = true
                    continue
                }
                guard let group = Terms.legalFormLastWords.index(of: tokens[end - 1]) else { break }
                for form in Terms.legalFormsByLastWord[group] where form.count <= end - lower {
                    if startsWith(end - form.count, form) {
                        end -= form.count
                        changed = true
                        break
                    }
                }
            }
            return end == lower ? upper : end
        }

        /// How many trailing tokens of `lower..<upper` are a company or business number: `acn 123 456 789`,
        /// `abn12345678901`.
        func registrationSuffixLength(_ lower: Int, _ upper: Int) -> Int {
            var count = 0
            while count < upper - lower, tokens[upper - 1 - count].allSatisfy(isDigit) { count += 1 }
            if count > 0, count < upper - lower,
                Terms.registrationWords.contains(where: { same($0.bytes, tokens[upper - 1 - count]) })
            {
                return count + 1
            }
            if count == 0 {
                let last = tokens[upper - 1]
                for word in Terms.registrationWords
                where last.count > word.bytes.count + 5 && same(Token(rebasing: last[..<word.bytes.count]), word.bytes) {
                    if last[word.bytes.count...].allSatisfy(isDigit) { return 1 }
                }
            }
            return 0
        }

        // MARK: Step 7

        func isPersonLike(_ side: Side) -> Bool {
            guard side.count >= 2, side.count <= 3 else { return false }
            for index in side.lower..<side.upper {
                let token = tokens[index]
                guard token.allSatisfy(isLetter), !Terms.businessWords.contains(token) else { return false }
            }
            return true
        }

        /// The side's tokens in byte order, in ``NameTokens/spare``.
        func sorted(_ side: Side) -> UnsafeMutableBufferPointer<Token> {
            let spare = tokens.spare
            for offset in 0..<side.count {
                let token = tokens[side.lower + offset]
                var position = offset
                while position > 0 && token.lexicographicallyPrecedes(spare[position - 1]) {
                    spare[position] = spare[position - 1]
                    position -= 1
                }
                spare[position] = token
            }
            return spare
        }

        /// Synonyms folded (co/coy/company, no/number, aust/australia(n), bros/brothers, nz/new zealand), `and`
        /// dropped, trailing plural `s` dropped, into ``NameTokens/spare``; returns how many.
        func foldSynonymsAndPlurals(_ side: Side) -> Int {
            let spare = tokens.spare
            var count = 0
            var index = side.lower
            while index < side.upper {
                let token = tokens[index]
                if same(token, Terms.new.bytes), index + 1 < side.upper, same(tokens[index + 1], Terms.zealand.bytes) {
                    spare[count] = Terms.nz.bytes
                    count += 1
                    index += 2
                    continue
                }
                index += 1
                if same(token, Terms.and.bytes) { continue }
                if let synonym = Terms.synonymWords.index(of: token) {
                    spare[count] = Terms.synonymTargets[synonym].bytes
                    count += 1
                    continue
                }
                let n = token.count
                if n > 3, token[n - 1] == UInt8(ascii: "s"), token[n - 2] != UInt8(ascii: "s"),
                    token[n - 2] != UInt8(ascii: "u"), token[n - 2] != UInt8(ascii: "i"), token.allSatisfy(isLetter)
                {
                    spare[count] = Token(rebasing: token[..<(n - 1)])
                } else {
                    spare[count] = token
                }
                count += 1
            }
            return count
        }

        // MARK: Keys as text

        /// Writes the whole key (the sides joined by their canonical markers) to ``text``; returns its length.
        func keyLength() -> Int {
            var length = 0
            for index in 0..<sideCount {
                let side = sides[index]
                if index > 0 { length = append(side.afterTrust ? Terms.atf.bytes : Terms.ta.bytes, at: length) }
                for position in side.lower..<side.upper { length = append(tokens[position], at: length) }
            }
            return length
        }

        /// Writes the tokens `lower..<upper` to ``text``, separated by spaces; returns the length.
        func join(_ lower: Int, _ upper: Int) -> Int {
            var length = 0
            for index in lower..<upper { length = append(tokens[index], at: length) }
            return length
        }

        func join(_ list: UnsafeMutableBufferPointer<Token>, _ count: Int) -> Int {
            var length = 0
            for index in 0..<count { length = append(list[index], at: length) }
            return length
        }

        func join(_ first: Token, _ second: Token) -> Int {
            append(second, at: append(first, at: 0))
        }

        /// Writes a space (unless at the start) and `token` without its slashes at `length`.
        private func append(_ token: Token, at length: Int) -> Int {
            var length = length
            if length > 0 {
                text[length] = 0x20
                length += 1
            }
            for byte in token where byte != UInt8(ascii: "/") {
                text[length] = byte
                length += 1
            }
            return length
        }

        /// The first `length` bytes of ``text`` as a key (invalid UTF-8 repaired).
        func string(_ length: Int) -> String {
            String(unsafeUninitializedCapacity: length) { bytes in
                _ = bytes.initialize(fromContentsOf: text[..<length])
                return length
            }
        }

        /// Whether `keys` holds the first `length` bytes of ``text``: compared as bytes when the name is
        /// ASCII, else as strings (canonical equivalence).
        func contains(_ keys: [String], _ length: Int) -> Bool {
            guard ascii else { return keys.contains(string(length)) }
            let candidate = UnsafeBufferPointer(rebasing: text[..<length])
            return keys.contains { key in
                var key = key
                return key.withUTF8 { same($0, candidate) }
            }
        }

        func appendUnique(_ length: Int, to keys: inout [String]) {
            if length > 0, !contains(keys, length) { keys.append(string(length)) }
        }
    }
}
