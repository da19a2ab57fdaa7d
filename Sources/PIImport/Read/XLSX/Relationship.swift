/// One `<Relationship>` of a `.rels` part, its target resolved to a part name.
struct Relationship: Equatable {
    let id: String
    /// The relationship type URI; compare with ``kind`` rather than the whole URI, which differs
    /// between transitional (`schemas.openxmlformats.org`) and Strict (`purl.oclc.org`) packages.
    let type: String
    /// The part name the target resolves to, or `nil` for an external target (a URL).
    let target: String?

    /// The last segment of the type URI: `officeDocument`, `worksheet`, `sharedStrings`...
    var kind: Substring {
        type.split(separator: "/").last ?? ""
    }

    /// The `.rels` part that holds the relationships of `part` (`""` is the package itself).
    static func relationshipsPart(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[...$0]) } ?? ""
        let file = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return folder + "_rels/" + file + ".rels"
    }

    /// Resolves a relationship target against the part that holds it: absolute (`/xl/...`) or
    /// relative (`worksheets/sheet1.xml`, `../media/x.png`), with `\` read as `/` and `%XX` decoded.
    static func resolve(_ target: String, from source: String) -> String {
        let decoded = percentDecoded(target.replacingBackslashes())
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.filter { !$0.isEmpty }.joined(separator: "/")
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    func replacingBackslashes() -> String {
        contains("\\") ? String(map { $0 == "\\" ? "/" : $0 }) : self
    }
}
