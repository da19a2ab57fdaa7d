/// The `_xHHHH_` escapes OOXML uses in text for characters XML cannot hold (`_x000D_` is a carriage
/// return, `_x005F_` an underscore); UTF-16 surrogate pairs span two escapes.
enum OOXMLEscape {
    /// Decodes the escapes in `bytes[start...]` in place; the text only ever shrinks.
    static func decode(_ bytes: inout [UInt8], from start: Int) {
        guard bytes[start...].contains(UInt8(ascii: "_")) else { return }
        var read = start
        var write = start
        let end = bytes.count
        while read < end {
            guard bytes[read] == UInt8(ascii: "_"), let unit = codeUnit(bytes, at: read) else {
                bytes[write] = bytes[read]
                write += 1
                read += 1
                continue
            }
            read += 7
            var scalar = unit
            if 0xD800...0xDBFF ~= unit, let low = codeUnit(bytes, at: read), 0xDC00...0xDFFF ~= low {
                scalar = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
                read += 7
            } else if 0xD800...0xDFFF ~= unit {
                scalar = 0xFFFD
            }
            for byte in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! {
                bytes[write] = byte
                write += 1
            }
        }
        bytes.removeSubrange(write..<end)
    }

    /// The UTF-16 code unit of the escape `_xHHHH_` at `offset`, if there is one.
    private static func codeUnit(_ bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset + 7 <= bytes.count, bytes[offset] == UInt8(ascii: "_"), bytes[offset + 1] == UInt8(ascii: "x"),
            bytes[offset + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(offset + 2)..<(offset + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
