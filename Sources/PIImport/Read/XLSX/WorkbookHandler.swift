/// Reads `workbook.xml`: the sheets in order with their state and relationship id, and the date system.
/// Elements are matched by local name, so any prefix (`x:`) and both transitional and Strict namespaces work.
struct WorkbookHandler: XMLHandler {
    struct Sheet {
        let name: String
        let visibility: SheetInfo.Visibility
        let relationship: String?
    }

    private(set) var sheets: [Sheet] = []
    private(set) var date1904 = false
    /// The root element's local name, to tell a workbook from another Office document.
    private(set) var root: String?
    private var inSheets = false

    static var callbacks: XMLCallbacks {
        XMLCallbacks(
            startElement: { context, name, _, _, _, _, attributeCount, _, attributes in
                let handler = XMLParseContext.handler(context, as: Self.self)
                handler.pointee.start(name, XMLAttributes(attributes, count: attributeCount))
            },
            endElement: { context, name, _, _ in
                if XMLName.matches(name, "sheets") {
                    XMLParseContext.handler(context, as: Self.self).pointee.inSheets = false
                }
            },
            characters: nil)
    }

    private mutating func start(_ name: UnsafePointer<UInt8>?, _ attributes: XMLAttributes) {
        if root == nil {
            root = name.map { String(cString: $0) } ?? ""
        } else if XMLName.matches(name, "sheets") {
            inSheets = true
        } else if inSheets, XMLName.matches(name, "sheet") {
            let visibility: SheetInfo.Visibility =
                switch attributes.string("state") {
                case "hidden": .hidden
                case "veryHidden": .veryHidden
                default: .visible
                }
            sheets.append(
                Sheet(
                    name: attributes.string("name") ?? "", visibility: visibility,
                    relationship: attributes.string("id", namespaced: true)))
        } else if XMLName.matches(name, "workbookPr") {
            date1904 = attributes.flag("date1904")
        }
    }
}
