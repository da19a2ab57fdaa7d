/// An A1-style cell reference (`C12`), read from the bytes of a cell's `r` attribute.
struct CellReference: Equatable {
    static let maxColumn = 16_384
    static let maxRow = 1_048_576

    let column: Int
    let row: Int

    enum Failure: Error, Equatable {
        /// Not letters followed by a row number.
        case invalid
        /// Past column XFD or row 1,048,576.
        case outOfRange
    }

    /// Parses letters then digits; values are capped while parsing, so no input can overflow.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<CellReference, Failure> {
        if let reference = parseCommon(bytes) { return .success(reference) }
        var index = 0
        var column = 0
        while index < bytes.count {
            let letter = bytes[index] | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            column = min(column * 26 + Int(letter - UInt8(ascii: "a")) + 1, maxColumn + 1)
            index += 1
        }
        let rowStart = index
        var row = 0
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            row = min(row * 10 + Int(bytes[index] &- 0x30), maxRow + 1)
            index += 1
        }
        guard column > 0, index > rowStart, index == bytes.count, row > 0 else { return .failure(.invalid) }
        guard column <= maxColumn, row <= maxRow else { return .failure(.outOfRange) }
        return .success(CellReference(column: column, row: row))
    }

    /// The usual form, quickly: one to three capital letters, then a row number of up to seven digits
    /// without leading zeros, in range. `nil` for anything else, which ``parse(_:)`` then reads in full.
    @inline(__always)
    private static func parseCommon(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReference? {
        let count = bytes.count
        guard let base = bytes.baseAddress, count >= 2, count <= 10 else { return nil }
        var index = 0
        var column = 0
        while index < 3 {
            let letter = base[index] &- UInt8(ascii: "A")
            guard letter < 26 else { break }
            column = column * 26 + Int(letter) + 1
            index += 1
        }
        guard index > 0, index < count, count - index <= 7, base[index] != UInt8(ascii: "0") else { return nil }
        var row = 0
        while index < count {
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            index += 1
        }
        guard column <= maxColumn, row <= maxRow else { return nil }
        return CellReference(column: column, row: row)
    }

    /// A row number attribute (`<row r="12">`).
    static func parseRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Failure> {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 &- 0x30 < 10 }) else { return .failure(.invalid) }
        var row = 0
        for byte in bytes { row = min(row * 10 + Int(byte &- 0x30), maxRow + 1) }
        guard row > 0 else { return .failure(.invalid) }
        return row <= maxRow ? .success(row) : .failure(.outOfRange)
    }
}
