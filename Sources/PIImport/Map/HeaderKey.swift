import Foundation

/// A header cell reduced to what identifies it: letters and digits, lower-cased, accents and width
/// folded, a leading `*` (Xero's "required" mark) and all spaces and punctuation gone.
/// `*ContactName`, `Contact Name` and `contact_name` all give `contactname`.
public enum HeaderKey {
    public static func make(_ header: String) -> String {
        var key = ""
        key.reserveCapacity(header.utf8.count)
        for scalar in header.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                    key.unicodeScalars.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    key.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for folded in String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
                where folded.properties.isAlphabetic || folded.properties.numericType != nil {
                    key.unicodeScalars.append(folded)
                }
            }
        }
        return key
    }
}
