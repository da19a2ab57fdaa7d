/// Reads `sharedStrings.xml`: each `<si>`'s text, rich-text runs joined, phonetic (`<rPh>`) runs skipped.
/// Text is kept as stored, edge whitespace included, whether or not `xml:space="preserve"` is set.
struct SharedStringsHandler: XMLHandler {
    private(set) var strings = SharedStrings()
    /// The longest string accepted, in bytes.
    let maxStringBytes: Int
    /// Told how many strings have been read, every ``SharedStrings/Progress/step``.
    let progress: SharedStrings.Progress?
    private var inItem = false
    private var inPhonetic = false
    private var collecting = false

    init(maxStringBytes: Int, progress: SharedStrings.Progress? = nil) {
        self.maxStringBytes = maxStringBytes
        self.progress = progress
    }

    static var callbacks: XMLCallbacks {
        XMLCallbacks(
            startElement: { context, name, _, _, _, _, _, _, _ in
                let handler = XMLParseContext.handler(context, as: Self.self)
                if XMLName.matches(name, "t") {
                    handler.pointee.collecting = handler.pointee.inItem && !handler.pointee.inPhonetic
                } else if XMLName.matches(name, "si") {
                    handler.pointee.inItem = true
                } else if XMLName.matches(name, "rPh") {
                    handler.pointee.inPhonetic = true
                }
            },
            endElement: { context, name, _, _ in
                let handler = XMLParseContext.handler(context, as: Self.self)
                if XMLName.matches(name, "t") {
                    handler.pointee.collecting = false
                } else if XMLName.matches(name, "si") {
                    handler.pointee.inItem = false
                    handler.pointee.strings.closeString()
                    let count = handler.pointee.strings.count
                    if count % SharedStrings.Progress.step == 0 { handler.pointee.progress?.publish(count) }
                } else if XMLName.matches(name, "rPh") {
                    handler.pointee.inPhonetic = false
                }
            },
            characters: { context, text, length in
                let handler = XMLParseContext.handler(context, as: Self.self)
                guard handler.pointee.collecting, let text else { return }
                guard handler.pointee.strings.openLength + Int(length) <= handler.pointee.maxStringBytes else {
                    let parse = XMLParseContext.of(context)
                    parse.pointee.fail(
                        ImportError(
                            .badData, .fieldTooLarge,
                            "shared string \(handler.pointee.strings.count) is longer than the limit of "
                                + "\(handler.pointee.maxStringBytes) bytes", at: parse.pointee.currentPosition))
                    return
                }
                handler.pointee.strings.append(UnsafeBufferPointer(start: text, count: Int(length)))
            })
    }
}
