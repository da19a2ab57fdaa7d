/// Reads `styles.xml` far enough to know which cell formats (`cellXfs`) show dates and times.
struct StylesHandler: XMLHandler {
    private var customFormats: [Int: NumberFormatKind] = [:]
    private var cellFormatIDs: [Int] = []
    private var inCellFormats = false

    /// The kind of each cell format, indexed by a cell's `s` attribute.
    var cellFormatKinds: [NumberFormatKind] {
        cellFormatIDs.map { customFormats[$0] ?? NumberFormatKind(builtin: $0) }
    }

    static var callbacks: XMLCallbacks {
        XMLCallbacks(
            startElement: { context, name, _, _, _, _, attributeCount, _, attributes in
                let handler = XMLParseContext.handler(context, as: Self.self)
                let attributes = XMLAttributes(attributes, count: attributeCount)
                if XMLName.matches(name, "cellXfs") {
                    handler.pointee.inCellFormats = true
                } else if handler.pointee.inCellFormats, XMLName.matches(name, "xf") {
                    handler.pointee.cellFormatIDs.append(attributes.integer("numFmtId") ?? 0)
                } else if XMLName.matches(name, "numFmt"), let id = attributes.integer("numFmtId") {
                    handler.pointee.customFormats[id] = NumberFormatKind(code: attributes.string("formatCode") ?? "")
                }
            },
            endElement: { context, name, _, _ in
                if XMLName.matches(name, "cellXfs") {
                    XMLParseContext.handler(context, as: Self.self).pointee.inCellFormats = false
                }
            },
            characters: nil)
    }
}
