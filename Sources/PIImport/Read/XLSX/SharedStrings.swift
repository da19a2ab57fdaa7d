/// A workbook's shared strings, kept compact: one UTF-8 buffer and the end offset of each string.
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// The string at `index`, or `nil` if there is none.
    func string(at index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self)
        }
    }

    /// The length of the string being added so far.
    var openLength: Int { bytes.count - (ends.last ?? 0) }

    /// Adds text to the string being built.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Ends the string being built, decoding its `_xHHHH_` escapes.
    mutating func closeString() {
        OOXMLEscape.decode(&bytes, from: ends.last ?? 0)
        ends.append(bytes.count)
    }
}
