/// String and token similarity for match keys: Jaro-Winkler over bytes, and a weighted token overlap in
/// which rare tokens weigh more (IDF over the reference set), typos count when both tokens are long, and
/// short tokens (acronyms, initials) and numbers must be equal.
///
/// Keys are folded lowercase UTF-8; both functions work on bytes and never touch Foundation.
public enum Similarity {
    /// Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), 0...1.
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in jaroWinkler(x, y) } }
    }

    /// Jaro-Winkler similarity of two byte strings.
    ///
    /// - Complexity: O(n·w), w the match window; bit-parallel and without allocation for strings up to
    ///   64 bytes.
    public static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let jaro = jaro(a, b)
        guard jaro > 0.7 else { return jaro }
        var prefix = 0
        let limit = min(4, a.count, b.count)
        while prefix < limit && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count
        let lb = b.count
        if la == 0 && lb == 0 { return 1 }
        if la == 0 || lb == 0 { return 0 }
        if la == lb && memoryEqual(a, b) { return 1 }
        guard la <= 64 && lb <= 64 else { return jaroByScanning(a, b) }
        let window = max(0, max(la, lb) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128) { positions in
            // Where each byte occurs in b, as bits, under its low seven bits (a byte's partner is then
            // the lowest open position in the window that holds the same byte).
            for i in 0..<la { positions[Int(a[i] & 0x7F)] = 0 }
            for j in 0..<lb { positions[Int(b[j] & 0x7F)] = 0 }
            for j in 0..<lb { positions[Int(b[j] & 0x7F)] |= 1 &<< UInt64(j) }
            var aFlags: UInt64 = 0
            var bFlags: UInt64 = 0
            var matches = 0
            for i in 0..<la {
                let lo = max(0, i - window)
                let hi = min(lb - 1, i + window)
                if lo > hi { continue }
                let ai = a[i]
                let inWindow = (UInt64.max &>> UInt64(63 - hi)) & (UInt64.max &<< UInt64(lo))
                var open = positions[Int(ai & 0x7F)] & ~bFlags & inWindow
                while open != 0 {
                    let j = open.trailingZeroBitCount
                    if b[j] == ai {
                        aFlags |= 1 &<< UInt64(i)
                        bFlags |= 1 &<< UInt64(j)
                        matches += 1
                        break
                    }
                    open &= open - 1
                }
            }
            if matches == 0 { return 0 }
            var transpositions = 0
            var aMatched = aFlags
            var bMatched = bFlags
            while aMatched != 0 {
                if a[aMatched.trailingZeroBitCount] != b[bMatched.trailingZeroBitCount] { transpositions += 1 }
                aMatched &= aMatched - 1
                bMatched &= bMatched - 1
            }
            let m = Double(matches)
            return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
        }
    }

    /// Jaro of two non-empty byte strings of any length, scanning each byte's match window.
    static func jaroByScanning(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count
        let lb = b.count
        let window = max(0, max(la, lb) / 2 - 1)
        var aFlags = [Bool](repeating: false, count: la)
        var bFlags = [Bool](repeating: false, count: lb)
        var matches = 0
        for i in 0..<la {
            let lo = max(0, i - window)
            let hi = min(lb - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where !bFlags[j] && b[j] == a[i] {
                aFlags[i] = true
                bFlags[j] = true
                matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0
        var k = 0
        for i in 0..<la where aFlags[i] {
            while !bFlags[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        return (m / Double(la) + m / Double(lb) + (m - Double(transpositions / 2)) / m) / 3
    }

    private static func memoryEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    /// How close two tokens are: 1 when equal; the Jaro-Winkler score when both have at least 4 bytes,
    /// are not numbers, and score at least 0.88 (a typo); else 0.
    public static func tokenSimilarity(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Double {
        if a.elementsEqual(b) { return 1 }
        if a.count < 4 || b.count < 4 || abs(a.count - b.count) > 2 { return 0 }
        // One or two edits leave the first or the last letter alone (cheap test before Jaro-Winkler).
        if a.first != b.first && a.last != b.last { return 0 }
        if a.allSatisfy(MatchKey.isDigit) || b.allSatisfy(MatchKey.isDigit) { return 0 }
        let score = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in jaroWinkler(x, y) } }
        return score >= 0.88 ? score : 0
    }

    /// The outcome of comparing two token lists.
    public struct TokenComparison: Sendable, Hashable {
        /// Matched weight over total weight, 0...1.
        public var score: Double
        /// Tokens of either side left unmatched.
        public var unmatchedA: Int
        public var unmatchedB: Int
        /// A number on one side that the other lacks ("Trust No 2" vs "Trust").
        public var numberMismatch: Bool
        /// An unmatched token on each side, both weighty: a different word, not an extra one
        /// ("Smith Plumbing" vs "Smith Electrical").
        public var substitution: Bool
    }

    /// Weighted token overlap: Σ sim·(wa + wb) over matched pairs / (Σ wa + Σ wb). A token also matches
    /// two adjacent tokens of the other side written together (`smithjones` / `smith jones`).
    ///
    /// - Complexity: O(|a|·|b|) token comparisons; lists are a few tokens long.
    public static func compareTokens(
        _ a: [ArraySlice<UInt8>], weights wa: [Double], _ b: [ArraySlice<UInt8>], weights wb: [Double]
    ) -> TokenComparison {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { used in
            used.initialize(repeating: false)
            return compareTokens(
                a, weights: wa, b, weights: wb, usedA: UnsafeMutableBufferPointer(rebasing: used[..<a.count]),
                usedB: UnsafeMutableBufferPointer(rebasing: used[a.count...]))
        }
    }

    /// ``compareTokens(_:weights:_:weights:)`` marking the tokens it matches in `usedA` and `usedB` (all
    /// false to begin with).
    private static func compareTokens(
        _ a: [ArraySlice<UInt8>], weights wa: [Double], _ b: [ArraySlice<UInt8>], weights wb: [Double],
        usedA: UnsafeMutableBufferPointer<Bool>, usedB: UnsafeMutableBufferPointer<Bool>
    ) -> TokenComparison {
        var matched = 0.0
        // Exact matches first, so a typo match never steals an exact partner.
        for i in a.indices {
            for j in b.indices where !usedB[j] && a[i].elementsEqual(b[j]) {
                usedA[i] = true
                usedB[j] = true
                matched += wa[i] + wb[j]
                break
            }
        }
        // Words written together ("smithjones" / "smith jones"), before typos can claim either part.
        func joins(
            _ x: [ArraySlice<UInt8>], _ usedX: UnsafeMutableBufferPointer<Bool>, _ wx: [Double],
            _ y: [ArraySlice<UInt8>], _ usedY: UnsafeMutableBufferPointer<Bool>, _ wy: [Double]
        ) {
            guard y.count >= 2 else { return }
            for i in x.indices where !usedX[i] && x[i].count >= 4 {
                for j in 0..<(y.count - 1) where !usedY[j] && !usedY[j + 1] {
                    if x[i].count == y[j].count + y[j + 1].count && x[i].starts(with: y[j])
                        && x[i].dropFirst(y[j].count).elementsEqual(y[j + 1])
                    {
                        usedX[i] = true
                        usedY[j] = true
                        usedY[j + 1] = true
                        matched += wx[i] + wy[j] + wy[j + 1]
                        break
                    }
                }
            }
        }
        joins(a, usedA, wa, b, usedB, wb)
        joins(b, usedB, wb, a, usedA, wa)
        // Typos.
        for i in a.indices where !usedA[i] {
            var best = 0.0
            var bestJ = -1
            for j in b.indices where !usedB[j] {
                let s = tokenSimilarity(a[i], b[j])
                if s > best {
                    best = s
                    bestJ = j
                }
            }
            if bestJ >= 0 {
                usedA[i] = true
                usedB[bestJ] = true
                matched += best * (wa[i] + wb[bestJ])
            }
        }
        // Initials: "j" against "john".
        for i in a.indices where !usedA[i] && a[i].count == 1 {
            for j in b.indices where !usedB[j] && b[j].count > 1 && b[j].first == a[i].first {
                usedA[i] = true
                usedB[j] = true
                matched += 0.5 * (wa[i] + wb[j])
                break
            }
        }
        for j in b.indices where !usedB[j] && b[j].count == 1 {
            for i in a.indices where !usedA[i] && a[i].count > 1 && a[i].first == b[j].first {
                usedA[i] = true
                usedB[j] = true
                matched += 0.5 * (wa[i] + wb[j])
                break
            }
        }

        let total = wa.reduce(0, +) + wb.reduce(0, +)
        var unmatchedA = 0
        var unmatchedB = 0
        var numberA = false
        var numberB = false
        var weightyA = false
        var weightyB = false
        let weighty = 0.5 * total / Double(max(1, a.count + b.count))
        for i in a.indices where !usedA[i] {
            unmatchedA += 1
            if a[i].contains(where: MatchKey.isDigit) { numberA = true }
            if wa[i] >= weighty { weightyA = true }
        }
        for j in b.indices where !usedB[j] {
            unmatchedB += 1
            if b[j].contains(where: MatchKey.isDigit) { numberB = true }
            if wb[j] >= weighty { weightyB = true }
        }
        return TokenComparison(
            score: total > 0 ? min(1, matched / total) : 0, unmatchedA: unmatchedA, unmatchedB: unmatchedB,
            numberMismatch: numberA || numberB, substitution: weightyA && weightyB)
    }
}
