/// The structure of an .xlsx package: `_rels/.rels` leads to the workbook part (wherever it lives),
/// whose relationships lead to the sheets, the shared strings and the styles.
struct WorkbookPackage {
    struct Sheet {
        let info: SheetInfo
        /// The sheet's part, or why there is none.
        let part: Result<ZipEntry, ImportError>
    }

    let sheets: [Sheet]
    let date1904: Bool
    let sharedStrings: ZipEntry?
    let styles: ZipEntry?
    private let file: String

    init(archive: ZipArchive) throws {
        file = archive.input.name
        let packageRelationships = try Self.relationships(of: "", in: archive)
        guard let document = packageRelationships.first(where: { $0.kind == "officeDocument" }),
            let workbookPart = document.target
        else {
            throw ImportError(
                .badData, .missingPart, "not an .xlsx workbook: the package names no main document",
                at: SourcePosition(file: file, part: "_rels/.rels"))
        }
        let workbookEntry = try Self.entry(workbookPart, in: archive, referredFrom: "_rels/.rels")
        let workbook = try XMLSAXParser.parse(workbookEntry, in: archive, handler: WorkbookHandler())
        guard workbook.root == "workbook" else {
            throw ImportError(
                .badData, .notAWorkbook,
                "not an .xlsx workbook: the main document is <\(workbook.root ?? "")>, not <workbook>",
                at: SourcePosition(file: file, part: workbookEntry.name))
        }
        let relationships = try Self.relationships(of: workbookPart, in: archive)
        let relationshipsPart = Relationship.relationshipsPart(of: workbookPart)
        let byID = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sheets = workbook.sheets.map { sheet in
            let relationship = sheet.relationship.flatMap { byID[$0] }
            let kind: SheetInfo.Kind = relationship?.kind == "chartsheet" ? .chartsheet : .worksheet
            let part = Result { () throws(ImportError) -> ZipEntry in
                guard let target = relationship?.target else {
                    throw ImportError(
                        .badData, .missingPart,
                        "sheet '\(sheet.name)' refers to relationship '\(sheet.relationship ?? "")', which is not defined",
                        at: SourcePosition(file: archive.input.name, part: relationshipsPart))
                }
                return try Self.entry(target, in: archive, referredFrom: relationshipsPart)
            }
            return Sheet(info: SheetInfo(name: sheet.name, kind: kind, visibility: sheet.visibility), part: part)
        }
        date1904 = workbook.date1904
        sharedStrings = try relationships.first { $0.kind == "sharedStrings" }?.target.map {
            try Self.entry($0, in: archive, referredFrom: relationshipsPart)
        }
        styles = try relationships.first { $0.kind == "styles" }?.target.map {
            try Self.entry($0, in: archive, referredFrom: relationshipsPart)
        }
    }

    /// The sheet `selector` names, or the first visible worksheet (the first worksheet if all are hidden).
    func sheet(_ selector: SheetSelector?) throws -> Sheet {
        let found: Sheet?
        switch selector {
        case nil:
            let worksheets = sheets.filter { $0.info.kind == .worksheet }
            found = worksheets.first { $0.info.visibility == .visible } ?? worksheets.first
        case .index(let index):
            found = index >= 1 && index <= sheets.count ? sheets[index - 1] : nil
        case .name(let name):
            found = sheets.first { $0.info.name == name }
                ?? sheets.first { $0.info.name.lowercased() == name.lowercased() }
        }
        guard let found else {
            let listing = sheets.enumerated().map { index, sheet in
                var details: [String] = []
                if sheet.info.kind == .chartsheet { details.append("chartsheet") }
                if sheet.info.visibility != .visible { details.append(sheet.info.visibility.rawValue) }
                return "\(index + 1). \(sheet.info.name)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
            }
            let known = listing.isEmpty ? "the workbook has no sheets" : "the sheets are: " + listing.joined(separator: "; ")
            let message =
                switch selector {
                case nil: "the workbook has no worksheet; \(known)"
                case .index(let index): "there is no sheet \(index); \(known)"
                case .name(let name): "there is no sheet named '\(name)'; \(known)"
                }
            throw ImportError(.badData, .sheetNotFound, message, at: SourcePosition(file: file))
        }
        return found
    }

    /// The relationships of `part` (`""` for the package); the package's own are required.
    private static func relationships(of part: String, in archive: ZipArchive) throws -> [Relationship] {
        let name = Relationship.relationshipsPart(of: part)
        guard let entry = archive.entry(named: name) else {
            throw ImportError(
                .badData, .missingPart,
                part.isEmpty
                    ? "not an .xlsx workbook: the package has no _rels/.rels" : "the workbook's relationships are missing",
                at: SourcePosition(file: archive.input.name, part: name))
        }
        return try XMLSAXParser.parse(entry, in: archive, handler: RelationshipsHandler(source: part)).relationships
    }

    private static func entry(_ part: String, in archive: ZipArchive, referredFrom source: String) throws(ImportError)
        -> ZipEntry
    {
        guard let entry = archive.entry(named: part) else {
            throw ImportError(
                .badData, .missingPart, "the part \(part) that \(source) refers to is not in the archive",
                at: SourcePosition(file: archive.input.name, part: part))
        }
        return entry
    }
}
