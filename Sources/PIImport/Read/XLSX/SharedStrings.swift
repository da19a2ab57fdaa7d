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

    /// The strings made most recently, by index (direct-mapped): a column of repeated values
    /// shares one `String` instead of allocating one per cell. Holds at most `slots` strings.
    struct Cache {
        private static let slots = 4096
        private var indexes = [Int](repeating: -1, count: slots)
        private var strings = [String](repeating: "", count: slots)

        /// The string at `index` of `table`, made once while it stays in its slot.
        mutating func string(at index: Int, in table: SharedStrings) -> String? {
            let slot = index & (Self.slots - 1)
            if indexes[slot] == index { return strings[slot] }
            guard let string = table.string(at: index) else { return nil }
            indexes[slot] = index
            strings[slot] = string
            return string
        }
    }
}
