/// Turns UTF-16 bytes into UTF-8, chunk by chunk: a code unit or surrogate pair may straddle chunks.
///
/// A lone surrogate or an odd trailing byte is invalid; the transcoder reports the line it is on
/// rather than inventing a replacement character.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?
    /// The physical line being transcoded, counted the way the tokenizer counts.
    private(set) var line = 1
    private var lastWasCR = false

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 form of `input` to `output`; returns `false` at invalid UTF-16.
    mutating func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) -> Bool {
        var index = 0
        if let first = pendingByte, !input.isEmpty {
            pendingByte = nil
            guard append(unit(first, input[0]), to: &output) else { return false }
            index = 1
        }
        while index + 1 < input.count {
            guard append(unit(input[index], input[index + 1]), to: &output) else { return false }
            index += 2
        }
        if index < input.count { pendingByte = input[index] }
        return true
    }

    /// `false` when the input ended inside a code unit or a surrogate pair.
    func finish() -> Bool {
        pendingByte == nil && pendingHighSurrogate == nil
    }

    private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }

    private mutating func append(_ unit: UInt16, to output: inout [UInt8]) -> Bool {
        let scalar: UInt32
        if let high = pendingHighSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else { return false }
            pendingHighSurrogate = nil
            scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
        } else if (0xD800...0xDBFF).contains(unit) {
            pendingHighSurrogate = unit
            return true
        } else if (0xDC00...0xDFFF).contains(unit) {
            return false
        } else {
            scalar = UInt32(unit)
        }
        countLines(scalar)
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
        return true
    }

    private mutating func countLines(_ scalar: UInt32) {
        if scalar == 0x0A {
            if !lastWasCR { line += 1 }
        } else if scalar == 0x0D {
            line += 1
        }
        lastWasCR = scalar == 0x0D
    }
}
