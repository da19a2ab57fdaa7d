/// White space and line breaks in cell text, without Foundation in the common case.
extension String {
    /// Whether the text is empty or white space only.
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } || trimmingWhitespace().isEmpty
    }

    /// The string without leading and trailing white space (Unicode spaces and line breaks included).
    func trimmingWhitespace() -> String {
        // Most cells start and end with a visible ASCII character: nothing to do.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(scalars[first...last])
    }

    /// The text on one line: line breaks shown as `\n`.
    func replacingLineBreaks() -> String {
        var result = ""
        var lastWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n", lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                result += "\\n"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
