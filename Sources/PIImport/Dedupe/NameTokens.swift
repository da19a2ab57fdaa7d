/// Steps 2 and 4 of the match-key pipeline: the tokens of a folded name, cleaned, each a view of one byte
/// buffer or of a ``Term``'s literal, in temporary memory that lives for one call of ``withTokens(of:_:)``.
struct NameTokens {
    typealias Token = UnsafeBufferPointer<UInt8>

    /// The cleaned tokens, `&` between words as `and`.
    private(set) var tokens: UnsafeMutableBufferPointer<Token>
    private(set) var count = 0
    /// Room for another list as long as `tokens` (sorted, folded or reordered tokens).
    let spare: UnsafeMutableBufferPointer<Token>
    private(set) var commas = 0
    /// How many tokens came before the first comma.
    private(set) var commaIndex: Int?

    private init(tokens: UnsafeMutableBufferPointer<Token>, spare: UnsafeMutableBufferPointer<Token>) {
        self.tokens = tokens
        self.spare = spare
    }

    subscript(index: Int) -> Token { tokens[index] }

    /// Calls `body` with the tokens of `folded`.
    static func withTokens<Result>(of folded: UnsafeBufferPointer<UInt8>, _ body: (NameTokens) -> Result) -> Result {
        // Every token holds at least one byte of the name: `n` tokens at most, in `n` bytes of raw tokens
        // and `n` of cleaned ones.
        let n = folded.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 1) { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: 2 * n + 2) { lists in
                let clean = UnsafeMutableBufferPointer(rebasing: lists[..<(n + 1)])
                let raw = UnsafeMutableBufferPointer(rebasing: lists[(n + 1)...])
                var result = NameTokens(tokens: clean, spare: raw)
                var reader = RawTokenReader(bytes: UnsafeMutableBufferPointer(rebasing: bytes[..<n]), tokens: raw)
                reader.read(folded)
                result.commas = reader.commas
                result.clean(reader, into: UnsafeMutableBufferPointer(rebasing: bytes[n...]))
                return body(result)
            }
        }
    }

    /// Splits folded bytes into raw tokens: white space and commas separate, `&` and `+` are tokens of their
    /// own, apostrophes join, dots, hyphens and slashes stay in the token, other punctuation separates.
    private struct RawTokenReader {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let tokens: UnsafeMutableBufferPointer<Token>
        var count = 0
        var used = 0
        var start = 0
        var commas = 0
        /// How many raw tokens came before the first comma.
        var commaIndex: Int?

        mutating func read(_ folded: UnsafeBufferPointer<UInt8>) {
            for byte in folded {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                    end()
                case UInt8(ascii: ","):
                    end()
                    commas += 1
                    if commaIndex == nil { commaIndex = count }
                case UInt8(ascii: "&"), UInt8(ascii: "+"):
                    end()
                    tokens[count] = MatchKey.Terms.ampersand.bytes
                    count += 1
                case UInt8(ascii: "'"):
                    continue
                case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"):
                    bytes[used] = byte
                    used += 1
                default:
                    if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                        bytes[used] = byte
                        used += 1
                    } else {
                        end()
                    }
                }
            }
            end()
            guard count > 0 else { return }
            // A trailing "-1" / "-12" glued to the last word.
            var last = tokens[count - 1]
            while last.count > 1 && last[last.count - 1] == UInt8(ascii: ".") { last = Token(rebasing: last.dropLast()) }
            if let dash = last.lastIndex(of: UInt8(ascii: "-")), dash > 0, last.count - dash - 1 >= 1,
                last.count - dash - 1 <= 2, last[(dash + 1)...].allSatisfy(MatchKey.isDigit),
                last[..<dash].contains(where: MatchKey.isLetter)
            {
                last = Token(rebasing: last[..<dash])
            }
            tokens[count - 1] = last
        }

        private mutating func end() {
            if used > start {
                tokens[count] = Token(rebasing: bytes[start..<used])
                count += 1
            }
            start = used
        }
    }

    // MARK: - Cleaning

    /// Cleans the raw tokens into `tokens`, writing their bytes to `bytes` (steps 2 and 4).
    private mutating func clean(_ raw: RawTokenReader, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        var writer = CleanTokenWriter(bytes: bytes)
        var comma: Int?
        for index in 0..<raw.count {
            if index == raw.commaIndex { comma = count }
            let token = raw.tokens[index]
            if MatchKey.same(token, MatchKey.Terms.ampersand.bytes) {
                append(token)
            } else {
                writer.clean(token) { append($0) }
            }
        }
        if raw.commaIndex != nil { commaIndex = comma ?? count }
        // "&" / "+" between words is "and"; elsewhere it goes.
        var index = 0
        while index < count {
            if MatchKey.same(tokens[index], MatchKey.Terms.ampersand.bytes) {
                if index > 0, index < count - 1, !MatchKey.same(tokens[index + 1], MatchKey.Terms.ampersand.bytes) {
                    tokens[index] = MatchKey.Terms.and.bytes
                } else {
                    for later in index..<(count - 1) { tokens[later] = tokens[later + 1] }
                    count -= 1
                    if let comma = commaIndex, comma > index { commaIndex = comma - 1 }
                    continue
                }
            }
            index += 1
        }
    }

    private mutating func append(_ token: Token) {
        tokens[count] = token
        count += 1
    }

    /// Writes cleaned tokens: slash tokens kept, other slashes separate, dots join initials and separate
    /// words, hyphens join. Each token's bytes are written once and then only moved towards the start.
    private struct CleanTokenWriter {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        var used = 0

        mutating func clean(_ token: Token, _ emit: (Token) -> Void) {
            guard token.contains(UInt8(ascii: "/")) else { return cleanDots(token, emit) }
            let undotted = write(token, skipping: UInt8(ascii: "."))
            if MatchKey.Terms.slashTokens.contains(undotted) {
                used += undotted.count
                emit(undotted)
                return
            }
            for part in token.split(separator: UInt8(ascii: "/")) { cleanDots(Token(rebasing: part), emit) }
        }

        private mutating func cleanDots(_ token: Token, _ emit: (Token) -> Void) {
            let dehyphenated = write(token, skipping: UInt8(ascii: "-"))
            guard dehyphenated.contains(UInt8(ascii: ".")) else {
                if !dehyphenated.isEmpty {
                    used += dehyphenated.count
                    emit(dehyphenated)
                }
                return
            }
            // Segments between dots, moved down over the dots: one-letter segments make an acronym.
            var read = used
            let end = used + dehyphenated.count
            var acronymStart: Int?
            while read < end {
                if bytes[read] == UInt8(ascii: ".") {
                    read += 1
                    continue
                }
                var segmentEnd = read
                while segmentEnd < end && bytes[segmentEnd] != UInt8(ascii: ".") { segmentEnd += 1 }
                if segmentEnd - read == 1 {
                    if acronymStart == nil { acronymStart = used }
                    bytes[used] = bytes[read]
                    used += 1
                } else {
                    if let start = acronymStart {
                        emit(Token(rebasing: bytes[start..<used]))
                        acronymStart = nil
                    }
                    let start = used
                    for index in read..<segmentEnd {
                        bytes[used] = bytes[index]
                        used += 1
                    }
                    emit(Token(rebasing: bytes[start..<used]))
                }
                read = segmentEnd
            }
            if let start = acronymStart { emit(Token(rebasing: bytes[start..<used])) }
        }

        /// Copies `token` without `skipped` bytes after the bytes already written, without counting them
        /// as written.
        private func write(_ token: Token, skipping skipped: UInt8) -> Token {
            var end = used
            for byte in token where byte != skipped {
                bytes[end] = byte
                end += 1
            }
            return Token(rebasing: bytes[used..<end])
        }
    }
}
