import Foundation

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

    /// Makes `String`s of the table's strings for the cells handed out, remembering the most recent
    /// ones by index (direct-mapped): a column of repeated values shares one `String` instead of
    /// allocating one per cell. Holds at most `slots` strings. Used by one thread at a time.
    final class Lookup {
        private static let slots = 4096
        /// Set once the table has been read, before any cell is made text.
        var table: SharedStrings
        private let indexes = UnsafeMutablePointer<Int>.allocate(capacity: slots)
        private let strings = UnsafeMutablePointer<String>.allocate(capacity: slots)

        init(_ table: SharedStrings) {
            self.table = table
            indexes.initialize(repeating: -1, count: Self.slots)
            strings.initialize(repeating: "", count: Self.slots)
        }

        deinit {
            strings.deinitialize(count: Self.slots)
            strings.deallocate()
            indexes.deallocate()
        }

        /// The string at `index`, which must be in range (cells are checked as they are parsed).
        func string(at index: Int) -> String {
            let slot = index & (Self.slots - 1)
            if indexes[slot] == index { return strings[slot] }
            let string = table.string(at: index) ?? ""
            indexes[slot] = index
            strings[slot] = string
            return string
        }
    }

    /// How many strings have been read so far, for a worksheet parsed while the table is still
    /// being read: published every `step` strings, and once more, final, at the end.
    final class Progress: @unchecked Sendable {
        static let step = 1024
        private var count = 0
        private var finished = false
        private let signal = NSCondition()

        /// The table has `count` strings so far; `final` when it has been read (or reading failed).
        func publish(_ count: Int, final: Bool = false) {
            signal.lock()
            self.count = count
            finished = finished || final
            signal.broadcast()
            signal.unlock()
        }

        /// How many strings the table has once it holds string `index` or has been read whole.
        func count(reaching index: Int) -> Int {
            signal.lock()
            defer { signal.unlock() }
            while count <= index, !finished { signal.wait() }
            return count
        }
    }
}
