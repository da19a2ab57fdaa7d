/// Decoding of the single-byte encodings spreadsheets fall back to.
enum SingleByteDecoding {
    /// Windows-1252's characters for bytes 0x80-0x9F; the five unassigned bytes map to C1 controls,
    /// as the WHATWG encoding standard does.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32 =
                encoding == .windows1252 && (0x80...0x9F).contains(byte)
                ? UInt32(windows1252High[Int(byte) - 0x80]) : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
