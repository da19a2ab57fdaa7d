import Foundation

/// Step 1 of the match-key pipeline: Unicode NFKC, case, diacritic and width folding (domain.md 6.3),
/// the letters folding leaves alone, quotes, dashes and spaces, to lowercase UTF-8 bytes. Names of ASCII and
/// Latin letters (up to U+024F) are folded by ``LatinFoldTable``, everything else by Foundation.
enum MatchKeyFolding {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Calls `body` with the folded bytes of `name`; an ASCII name is lowercased in temporary memory.
    static func withFoldedBytes<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var contiguous = name
        return contiguous.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else {
                return LatinFoldTable.shared.withFolded(utf8, body)
                    ?? foldedBytes(nonASCII: name).withUnsafeBufferPointer(body)
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { bytes in
                for index in utf8.indices {
                    let byte = utf8[index]
                    bytes[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return body(UnsafeBufferPointer(bytes))
            }
        }
    }

    /// The Foundation fold, for any name.
    static func foldedBytes(nonASCII name: String) -> [UInt8] {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: posix)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        func add(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                continue
            }
            switch value {
            case 0xF8, 0xD8: add("o")
            case 0x142, 0x141: add("l")
            case 0x111, 0x110: add("d")
            case 0x127, 0x126: add("h")
            case 0x131: add("i")
            case 0xE6, 0xC6: add("ae")
            case 0x153, 0x152: add("oe")
            case 0xFE, 0xDE: add("th")
            case 0xF0, 0xD0: add("d")
            case 0xDF, 0x1E9E: add("ss")
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x02BC, 0x02BB, 0x02B9, 0x00B4, 0xFF07:
                add("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02, 0x00AB, 0x00BB: add("\"")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: add("-")
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085: add(" ")
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: continue
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                let lowered = scalar.properties.lowercaseMapping
                bytes.append(contentsOf: lowered.utf8)
            }
        }
        return bytes
    }
}
