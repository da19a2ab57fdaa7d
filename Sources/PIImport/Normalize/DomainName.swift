/// The rules for a domain name as written in an email address or a website: dot-separated labels of
/// letters (non-ASCII allowed, for internationalised names in Unicode form), digits and inner hyphens.
enum DomainName {
    /// At least two labels, 3 to 253 bytes in all; the last label is a plausible top-level domain.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let ascii = isValidASCII(bytes) { return ascii }
        return isValidByLabels(bytes)
    }

    /// The rules label by label, for any name (IDN included).
    static func isValidByLabels(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes.count <= 253 else { return false }
        var labels = 0
        var labelStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x2E {
                let label = UnsafeBufferPointer(rebasing: bytes[labelStart..<index])
                guard isValidLabel(label, last: index == bytes.count) else { return false }
                labels += 1
                labelStart = index + 1
            }
            index += 1
        }
        return labels >= 2
    }

    /// A DNS label: 1 to 63 bytes of letters, digits and inner hyphens; non-ASCII letters, marks and
    /// digits allowed (IDN in Unicode form). The last label (the TLD) is at least 2 long and not all digits.
    static func isValidLabel(_ label: UnsafeBufferPointer<UInt8>, last: Bool) -> Bool {
        guard !label.isEmpty, label.count <= 63 else { return false }
        guard label.first != 0x2D, label.last != 0x2D else { return false }
        var allDigits = true
        var nonASCII = false
        for byte in label {
            if byte >= 0x80 {
                nonASCII = true
                allDigits = false
                continue
            }
            guard ASCIIClass.isDomain(byte) else { return false }
            if byte &- 0x30 >= 10 { allDigits = false }
        }
        if nonASCII {
            let text = String(decoding: label, as: UTF8.self)
            for scalar in text.unicodeScalars where scalar.value >= 0x80 {
                let properties = scalar.properties
                let mark = properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark
                guard properties.isAlphabetic || mark || properties.numericType == .decimal else { return false }
            }
        }
        if last {
            if allDigits { return false }
            if !nonASCII && label.count < 2 { return false }
        }
        return true
    }

    /// The same rules in one pass for an ASCII name; `nil` as soon as a non-ASCII byte shows up.
    @inline(__always)
    static func isValidASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = bytes.count
        guard count >= 4, count <= 253 else { return count < 4 ? false : nil }
        var labelStart = 0
        var dots = 0
        var allDigits = true
        for index in 0..<count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                let length = index - labelStart
                guard length > 0, length <= 63, bytes[index &- 1] != UInt8(ascii: "-") else { return false }
                dots += 1
                labelStart = index + 1
                allDigits = true
                continue
            }
            if byte >= 0x80 { return nil }
            guard ASCIIClass.isDomain(byte) else { return false }
            if byte == UInt8(ascii: "-"), index == labelStart { return false }
            if byte &- 0x30 >= 10 { allDigits = false }
        }
        let last = count - labelStart
        return dots > 0 && last >= 2 && last <= 63 && !allDigits && bytes[count - 1] != UInt8(ascii: "-")
    }
}
