/// A key split into tokens with their weights in one index.
struct PreparedKey: Sendable {
    var bytes: [UInt8]
    var tokens: [ArraySlice<UInt8>]
    var weights: [Double]
    var hasTrust: Bool

    init(_ key: String, index: ReferenceIndex) {
        let all = Array(key.utf8)
        var tokens = MatchKey.words(all)
        // A misspelt legal form or trustee prefix the key pipeline could not strip ("Limmited",
        // "The Truspee for") is noise, not a distinctive word.
        var dropped = false
        tokens.removeAll { token in
            let noise = index.postings.count(KeyHash.of(bytes: token, .token)) == 0 && Self.looksLikeLegalWord(token)
            if noise { dropped = true }
            return noise
        }
        if dropped && tokens.isEmpty { tokens = MatchKey.words(all) }
        if dropped {
            var bytes: [UInt8] = []
            for (position, token) in tokens.enumerated() {
                if position > 0 { bytes.append(0x20) }
                bytes += token
            }
            self.bytes = bytes
            self.tokens = MatchKey.words(bytes)
        } else {
            bytes = all
            self.tokens = tokens
        }
        weights = self.tokens.map { token in
            let weight = index.weight(token)
            return Self.generic.contains(where: { token.elementsEqual($0) }) ? min(weight, 1) : weight
        }
        hasTrust = self.tokens.contains { $0.elementsEqual("trust".utf8) }
    }

    /// Long legal-form words and the trustee prefix, against which an unknown token is tested.
    static let legalWords: [[UInt8]] = [
        "limited", "proprietary", "incorporated", "corporation", "company", "trustee", "trustees",
        "liability", "partnership",
    ].map { Array($0.utf8) }

    /// Words that say little about which client it is: their weight is capped.
    static let generic: [[UInt8]] = [
        "the", "and", "of", "for", "as", "services", "service", "group", "enterprises", "solutions",
        "international", "global", "australia", "aust", "nz", "uk", "usa",
    ].map { Array($0.utf8) }

    static func looksLikeLegalWord(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count >= 5, token.count <= 14, let first = token.first,
            first == UInt8(ascii: "l") || first == UInt8(ascii: "p") || first == UInt8(ascii: "i")
                || first == UInt8(ascii: "c") || first == UInt8(ascii: "t")
        else { return false }
        return token.withUnsafeBufferPointer { x in
            legalWords.contains { word in
                word.withUnsafeBufferPointer { y in Similarity.jaroWinkler(x, y) } >= 0.85
            }
        }
    }
}
