/// The rules for a domain name as written in an email address or a website: dot-separated labels of
/// letters (non-ASCII allowed, for internationalised names in Unicode form), digits and inner hyphens.
enum DomainName {
    /// At least two labels, 3 to 253 bytes in all; the last label is a plausible top-level domain.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
