import Foundation
import Testing

@testable import PIImport

/// One row of a normalizer table: input, expected value, expected note codes (in order).
struct NormalizeCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    let codes: [DiagnosticCode]
    let sourceLocation: SourceLocation

    init(
        _ input: String, _ expected: String, _ codes: [DiagnosticCode] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        self.input = input
        self.expected = expected
        self.codes = codes
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { input.debugDescription }
}

/// Asserts value and codes, and that no message repeats the input's significant text.
func check(_ result: Normalized<String>, _ row: NormalizeCase) {
    #expect(result.value == row.expected, sourceLocation: row.sourceLocation)
    #expect(result.value.utf8.elementsEqual(row.expected.utf8), "same bytes", sourceLocation: row.sourceLocation)
    #expect(result.notes.map(\.code) == row.codes, sourceLocation: row.sourceLocation)
    expectNoValueInMessages(result.notes, row.input, sourceLocation: row.sourceLocation)
}

func expectNoValueInMessages(
    _ notes: [NormalizationNote], _ input: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.count >= 3 else { return }
    for note in notes {
        #expect(!note.message.contains(trimmed), "message holds the value", sourceLocation: sourceLocation)
    }
}

/// The address of a string's UTF-8 storage, to check that a fast path returned its input itself.
/// Only meaningful for strings longer than 15 bytes (shorter ones are stored inline).
func storageAddress(_ text: String) -> UnsafeRawPointer? {
    text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
}

/// The parent suite of every Normalize test, so `swift test --filter Normalize` selects them all.
@Suite enum Normalize {}
