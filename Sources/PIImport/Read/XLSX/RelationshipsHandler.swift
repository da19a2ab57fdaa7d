/// Reads a `.rels` part: every `<Relationship Id Type Target TargetMode>`.
struct RelationshipsHandler: XMLHandler {
    /// The part whose relationships these are, to resolve relative targets.
    let source: String
    private(set) var relationships: [Relationship] = []

    init(source: String) {
        self.source = source
    }

    static var callbacks: XMLCallbacks {
        XMLCallbacks(
            startElement: { context, name, _, _, _, _, attributeCount, _, attributes in
                guard XMLName.matches(name, "Relationship") else { return }
                let handler = XMLParseContext.handler(context, as: Self.self)
                handler.pointee.add(XMLAttributes(attributes, count: attributeCount))
            },
            endElement: { _, _, _, _ in },
            characters: nil)
    }

    private mutating func add(_ attributes: XMLAttributes) {
        guard let id = attributes.string("Id"), let type = attributes.string("Type"),
            let target = attributes.string("Target")
        else { return }
        let external = attributes.string("TargetMode") == "External"
        relationships.append(
            Relationship(id: id, type: type, target: external ? nil : Relationship.resolve(target, from: source)))
    }
}
