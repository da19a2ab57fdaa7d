import Testing

@testable import PIImport

/// The Latin fold table against the Foundation fold it replaces: every covered code point, alone, next to
/// every printable ASCII character and next to every other covered code point.
@Suite("Dedupe: Latin fold table")
struct LatinFoldTableTests {
    private static let covered = LatinFoldTable.covered.map { String(Character(Unicode.Scalar($0)!)) }
    private static let ascii = (0x20...0x7E).map { String(Character(Unicode.Scalar($0)!)) }

    private func expectSameFold(_ name: String) {
        let table = MatchKeyFolding.withFoldedBytes(name) { Array($0) }
        #expect(table == MatchKeyFolding.foldedBytes(nonASCII: name), "\(name.unicodeScalars.map { $0.value })")
    }

    @Test func everyCoveredCodePointAloneAndBesideASCII() {
        for letter in Self.covered {
            expectSameFold(letter)
            for other in Self.ascii {
                expectSameFold(other + letter)
                expectSameFold(letter + other)
            }
        }
    }

    @Test func everyPairOfCoveredCodePoints() {
        for first in Self.covered {
            expectSameFold(Self.covered.map { first + $0 + "x" }.joined())
        }
    }

    @Test func namesBeyondTheTableTakeFoundation() {
        let greek = Array("Ελλάδα".utf8)
        #expect(greek.withUnsafeBufferPointer { LatinFoldTable.shared.withFolded($0) { _ in true } } == nil)
        for name in ["Ελλάδα Ltd", "Cafe\u{301} Ltd", "ＡＢＣ Pty", "Ａ–Z Trading", "Niño\u{2019}s"] {
            expectSameFold(name)
        }
    }
}
