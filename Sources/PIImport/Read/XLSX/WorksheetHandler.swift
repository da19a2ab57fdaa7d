/// Reads a worksheet's `<sheetData>` into a ``RowQueue``: each `<c>` becomes a ``Cell`` from its type
/// (`t`), style (`s`) and value (`<v>`, or `<is>` for inline strings; formulas give their cached value).
/// Rows and cells without `r` follow the previous one; `dimension` and `spans` are never read.
struct WorksheetHandler: XMLHandler {
    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    /// How many shared strings have been read: a cell's index must be below once all have.
    let sharedStringProgress: SharedStrings.Progress
    /// How many shared strings are known to exist so far.
    private var sharedStringsKnown = 0
    let formatKinds: [NumberFormatKind]
    let date1904: Bool
    /// The longest cell text accepted, in bytes.
    let maxTextBytes: Int
    let file: String
    let sheet: String

    /// Complete rows, ready to hand out; the parser swaps it for an empty one when handing rows over.
    var queue: RowQueue
    /// Called after each complete row, with the queue holding it (see ``WorksheetReader``).
    var rowEnded: ((inout RowQueue) throws(ImportError) -> Void)?

    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    private var rowNumbered = false
    private var column = 0
    private var inCell = false
    private var cellType = CellType.number
    private var style = 0
    private var hasValue = false
    private var inInlineString = false
    private var inPhonetic = false
    private var collecting = false
    private let text = CellText()

    /// `sharedStrings` may still be being read (see ``SharedStrings/Progress``); cells are made text
    /// only once it has been.
    init(
        sharedStrings: SharedStrings.Lookup, progress: SharedStrings.Progress, formatKinds: [NumberFormatKind],
        date1904: Bool, maxTextBytes: Int, file: String, sheet: String
    ) {
        sharedStringProgress = progress
        queue = RowQueue(strings: sharedStrings)
        self.formatKinds = formatKinds
        self.date1904 = date1904
        self.maxTextBytes = maxTextBytes
        self.file = file
        self.sheet = sheet
    }

    static var callbacks: XMLCallbacks {
        XMLCallbacks(
            startElement: { context, name, _, _, _, _, attributeCount, _, attributes in
                let handler = XMLParseContext.handler(context, as: Self.self)
                guard handler.pointee.inSheetData else {
                    handler.pointee.inSheetData = XMLName.matches(name, "sheetData")
                    return
                }
                guard let name else { return }
                let attributes = XMLAttributes(attributes, count: attributeCount)
                do throws(ImportError) {
                    switch name[0] {
                    case UInt8(ascii: "c") where name[1] == 0:
                        try handler.pointee.startCell(attributes)
                    case UInt8(ascii: "v") where name[1] == 0:
                        handler.pointee.startValue()
                    case UInt8(ascii: "r") where XMLName.matches(name, "row"):
                        try handler.pointee.startRow(attributes)
                    case UInt8(ascii: "r") where XMLName.matches(name, "rPh"):
                        handler.pointee.inPhonetic = true
                    case UInt8(ascii: "i") where XMLName.matches(name, "is"):
                        handler.pointee.inInlineString = handler.pointee.inCell
                    case UInt8(ascii: "t") where name[1] == 0:
                        handler.pointee.startInlineText()
                    default:
                        break
                    }
                } catch {
                    XMLParseContext.of(context).pointee.fail(error)
                }
            },
            endElement: { context, name, _, _ in
                let handler = XMLParseContext.handler(context, as: Self.self)
                guard handler.pointee.inSheetData, let name else { return }
                do throws(ImportError) {
                    switch name[0] {
                    case UInt8(ascii: "c") where name[1] == 0:
                        try handler.pointee.endCell()
                    case UInt8(ascii: "v") where name[1] == 0, UInt8(ascii: "t") where name[1] == 0:
                        handler.pointee.collecting = false
                    case UInt8(ascii: "r") where XMLName.matches(name, "row"):
                        try handler.pointee.endRow()
                    case UInt8(ascii: "r") where XMLName.matches(name, "rPh"):
                        handler.pointee.inPhonetic = false
                    case UInt8(ascii: "i") where XMLName.matches(name, "is"):
                        handler.pointee.inInlineString = false
                    case UInt8(ascii: "s") where XMLName.matches(name, "sheetData"):
                        handler.pointee.inSheetData = false
                    default:
                        break
                    }
                } catch {
                    XMLParseContext.of(context).pointee.fail(error)
                }
            },
            characters: { context, characters, length in
                let handler = XMLParseContext.handler(context, as: Self.self)
                guard handler.pointee.collecting, let characters else { return }
                guard handler.pointee.text.count + Int(length) <= handler.pointee.maxTextBytes else {
                    XMLParseContext.of(context).pointee.fail(
                        handler.pointee.failure(
                            .fieldTooLarge, "the cell's text is longer than the limit of \(handler.pointee.maxTextBytes) bytes"))
                    return
                }
                handler.pointee.text.append(characters, count: Int(length))
            })
    }

    private mutating func startRow(_ attributes: XMLAttributes) throws(ImportError) {
        inRow = true
        column = 0
        rowNumbered = false
        guard let reference = attributes.value("r") else {
            rowNumber += 1
            return try checkRow()
        }
        switch CellReference.parseRow(reference) {
        case .success(let row):
            rowNumber = row
            rowNumbered = true
        case .failure(let failure):
            let text = String(decoding: reference.prefix(32), as: UTF8.self)
            throw failure == .outOfRange
                ? self.failure(.cellReferenceOutOfRange, "row \(text) is beyond the last row, 1048576")
                : self.failure(.invalidCellReference, "row number '\(text)' is not a number")
        }
    }

    private mutating func endRow() throws(ImportError) {
        queue.closeRow(number: rowNumber)
        inRow = false
        try rowEnded?(&queue)
    }

    private func checkRow() throws(ImportError) {
        guard rowNumber <= CellReference.maxRow else {
            throw failure(.cellReferenceOutOfRange, "row \(rowNumber) is beyond the last row, 1048576")
        }
    }

    private mutating func startCell(_ attributes: XMLAttributes) throws(ImportError) {
        guard inRow else { return }
        var reference: UnsafeBufferPointer<UInt8>?
        var type: UnsafeBufferPointer<UInt8>?
        var styleIndex: UnsafeBufferPointer<UInt8>?
        attributes.forEach { name, value in
            guard name[1] == 0 else { return }
            switch name[0] {
            case UInt8(ascii: "r"): reference = value
            case UInt8(ascii: "t"): type = value
            case UInt8(ascii: "s"): styleIndex = value
            default: break
            }
        }
        if let reference {
            switch CellReference.parse(reference) {
            case .success(let cell):
                column = cell.column
                if !rowNumbered, !queue.openRowHasCells {
                    rowNumber = cell.row
                    rowNumbered = true
                }
            case .failure(let failure):
                let text = String(decoding: reference.prefix(32), as: UTF8.self)
                throw failure == .outOfRange
                    ? self.failure(.cellReferenceOutOfRange, "cell reference \(text) is beyond the last cell, XFD1048576")
                    : self.failure(.invalidCellReference, "'\(text)' is not a cell reference")
            }
        } else {
            column += 1
            guard column <= CellReference.maxColumn else {
                throw failure(.cellReferenceOutOfRange, "the row has a cell beyond the last column, XFD")
            }
        }
        inCell = true
        hasValue = false
        collecting = false
        text.removeAll()
        cellType = Self.cellType(type)
        style = styleIndex.flatMap(XMLName.decimal) ?? 0
    }

    private mutating func startValue() {
        guard inCell, cellType != .inlineString else { return }
        collecting = true
        hasValue = true
    }

    private mutating func startInlineText() {
        guard inInlineString, !inPhonetic, cellType == .inlineString else { return }
        collecting = true
        hasValue = true
    }

    private mutating func endCell() throws(ImportError) {
        guard inCell else { return }
        collecting = false
        try appendCell()
        inCell = false
    }

    /// Queues the cell ending now, unless it is empty; a shared string by its index, made text as its
    /// row is handed out.
    private mutating func appendCell() throws(ImportError) {
        guard hasValue else { return }
        let cell: Cell
        switch cellType {
        case .sharedString:
            guard !text.isEmpty else { return }
            guard let index = XMLName.decimal(text.bytes), sharedStringExists(index) else {
                let value = String(decoding: text.bytes.prefix(32), as: UTF8.self)
                throw failure(
                    .sharedStringOutOfRange,
                    "the cell refers to shared string \(value); the workbook has \(sharedStringProgress.count(reaching: .max))")
            }
            return queue.append(column: column, sharedString: index)
        case .inlineString, .formulaString:
            var bytes = Array(text.bytes)
            OOXMLEscape.decode(&bytes, from: 0)
            cell = .text(String(decoding: bytes, as: UTF8.self))
        case .error:
            cell = .error(String(decoding: text.bytes, as: UTF8.self))
        case .boolean:
            switch Array(text.bytes) {
            case [UInt8(ascii: "1")], Array("true".utf8): cell = .bool(true)
            case [UInt8(ascii: "0")], Array("false".utf8): cell = .bool(false)
            default: throw invalidValue("a boolean")
            }
        case .isoDate:
            guard !text.isEmpty else { return }
            guard let date = ExcelDate.cellDate(iso: String(decoding: text.bytes, as: UTF8.self)) else {
                throw invalidValue("an ISO 8601 date")
            }
            cell = .date(date)
        case .number:
            guard !text.isEmpty else { return }
            guard let number = Self.number(text.bytes) else { throw invalidValue("a number") }
            let kind = style < formatKinds.count ? formatKinds[style] : .number
            if kind != .number, let date = ExcelDate.cellDate(serial: number, kind: kind, date1904: date1904) {
                cell = .date(date)
            } else {
                cell = .number(number)
            }
        }
        queue.append(column: column, cell: cell)
    }

    /// Whether the workbook has shared string `index`, waiting for it while the strings are being read.
    private mutating func sharedStringExists(_ index: Int) -> Bool {
        if index < sharedStringsKnown { return true }
        sharedStringsKnown = sharedStringProgress.count(reaching: index)
        return index < sharedStringsKnown
    }

    private static func cellType(_ attribute: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let attribute, let first = attribute.first else { return .number }
        switch (first, attribute.count) {
        case (UInt8(ascii: "s"), 1): return .sharedString
        case (UInt8(ascii: "s"), 3): return .formulaString
        case (UInt8(ascii: "i"), _): return .inlineString
        case (UInt8(ascii: "b"), 1): return .boolean
        case (UInt8(ascii: "e"), 1): return .error
        case (UInt8(ascii: "d"), 1): return .isoDate
        default: return .number
        }
    }

    /// A decimal number in XML Schema's lexical form (`-12`, `0.5`, `1.5E-3`); integers of up to
    /// 15 digits without going through text.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        let negative = start < end && bytes[start] == UInt8(ascii: "-")
        var index = negative ? start + 1 : start
        var integer = 0
        while index < end, index - start < 16, bytes[index] &- 0x30 < 10 {
            integer = integer * 10 + Int(bytes[index] &- 0x30)
            index += 1
        }
        if index == end, index > start + (negative ? 1 : 0) {
            return Double(negative ? -integer : integer)
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard !slice.isEmpty,
            slice.allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 | 0x20 == UInt8(ascii: "e") })
        else { return nil }
        return Double(String(decoding: slice, as: UTF8.self))
    }

    private func invalidValue(_ expected: String) -> ImportError {
        failure(.invalidCellValue, "the cell's value is not \(expected)")
    }

    /// An error at the current cell (or row): `book.xlsx[Sheet]!C12`.
    func failure(_ code: DiagnosticCode, _ message: String) -> ImportError {
        ImportError(
            .badData, code, message,
            at: SourcePosition(file: file, sheet: sheet, row: rowNumber, column: inCell && column > 0 ? column : nil))
    }
}
