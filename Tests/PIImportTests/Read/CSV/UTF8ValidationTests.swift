import Testing

@testable import PIImport

@Suite struct UTF8ValidationTests {
    /// Swift's own validation is the reference: every sequence after ASCII runs of every length around the
    /// eight-byte skip, and at the very end (truncated).
    @Test(arguments: [
        [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xE9], [0x80], [0xC0, 0xAF],
        [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xFF],
    ] as [[UInt8]])
    func agreesWithSwiftAfterASCIIRuns(sequence: [UInt8]) {
        let valid = String(validating: sequence, as: UTF8.self) != nil
        for prefix in 0...17 {
            for suffix in [0, 1, 9] {
                let bytes = [UInt8](repeating: 0x61, count: prefix) + sequence + [UInt8](repeating: 0x62, count: suffix)
                #expect(bytes.withUnsafeBytes { UTF8Validation.isValid($0) } == valid, "\(prefix) + \(sequence) + \(suffix)")
            }
        }
    }

    @Test func asciiOfAnyLengthIsValid() {
        for length in 0...20 {
            #expect([UInt8](repeating: 0x7F, count: length).withUnsafeBytes { UTF8Validation.isValid($0) })
        }
    }
}
