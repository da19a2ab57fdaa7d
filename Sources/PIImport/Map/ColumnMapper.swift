/// Decides what each column of a file means, from its header: the user's mapping file first, then
/// the recognised kind of export, then the generic synonyms, then the tax-column rules.
public struct ColumnMapper: Sendable {
    private let userMapping: MappingFile?
    private let userFields: [String: ClientField]
    private let kinds: [(mapping: MappingFile, fields: [String: ClientField], signature: Set<String>)]
    private let genericFields: [String: ClientField]
    private let knownKeys: Set<String>
    private let isTaxColumn: @Sendable (String) -> Bool

    /// - Parameters:
    ///   - userMapping: a mapping file that overrides and extends the defaults.
    ///   - isTaxColumn: `true` drops the column unread, whatever the synonyms or the mapping file say.
    public init(
        userMapping: MappingFile? = nil,
        isTaxColumn: @escaping @Sendable (String) -> Bool = { TaxColumnClassifier().isTaxColumn($0) }
    ) {
        self.userMapping = userMapping
        userFields = userMapping?.fieldsByKey ?? [:]
        kinds = DefaultMappings.all.filter { $0.signature != nil }.map {
            ($0, $0.fieldsByKey, Set(($0.signature ?? []).map(HeaderKey.make)))
        }
        genericFields = DefaultMappings.generic.fieldsByKey
        var known = Set(userFields.keys).union(genericFields.keys)
        for kind in kinds { known.formUnion(kind.fields.keys) }
        knownKeys = known
        self.isTaxColumn = isTaxColumn
    }

    /// How many of a row's cells are headers the mapper knows: how header-like the row is.
    public func knownHeaderCount(_ cells: [String]) -> (known: Int, nonEmpty: Int) {
        var known = 0
        var nonEmpty = 0
        for cell in cells where !cell.isEmpty {
            nonEmpty += 1
            let key = HeaderKey.make(cell)
            if knownKeys.contains(key) || isTaxColumn(cell) { known += 1 }
        }
        return (known, nonEmpty)
    }

    /// The kind of export whose signature headers the row carries most of; `generic` when none fits.
    public func recogniseKind(_ headers: [String]) -> MappingFile {
        let keys = Set(headers.map(HeaderKey.make))
        var best = DefaultMappings.generic
        var bestScore = 0
        let starred = headers.contains { $0.hasPrefix("*") }
        for kind in kinds {
            var hits = kind.signature.intersection(keys).count
            if starred, kind.mapping.name == DefaultMappings.xero.name { hits += 2 }
            // A kind needs two of its signature headers, and must beat the others on them.
            if hits >= 2, hits > bestScore {
                best = kind.mapping
                bestScore = hits
            }
        }
        return best
    }

    /// Maps a header row; diagnostics report unknown, repeated and dropped columns.
    public func map(headers: [String], at position: SourcePosition) -> (ColumnMap, [Diagnostic]) {
        let kind = recogniseKind(headers)
        let kindFields = kinds.first { $0.mapping.name == kind.name }?.fields ?? [:]
        var fields: [ClientField?] = []
        var report: [ImportReport.ColumnMapping] = []
        var diagnostics: [Diagnostic] = []
        var taken: [ClientField: Int] = [:]
        for (index, header) in headers.enumerated() {
            let key = HeaderKey.make(header)
            var cellPosition = position
            cellPosition.column = index + 1
            cellPosition.columnName = header.isEmpty ? nil : header
            var field: ClientField?
            var how: String
            if !key.isEmpty, isTaxColumn(header) {
                (field, how) = (.taxNumber, "tax-rule")
            } else if let user = userFields[key] {
                (field, how) = (user, "mapping-file")
            } else if let known = kindFields[key] ?? genericFields[key] {
                (field, how) = (known, "synonym")
            } else {
                (field, how) = (nil, "unmapped")
            }
            if let chosen = field, !chosen.allowsSeveralColumns, let first = taken[chosen] {
                diagnostics.append(
                    Diagnostic(
                        .duplicateMapping, .warning, at: cellPosition,
                        "also maps to \(chosen.path), which column \(ColumnName.letters(for: first + 1)) fills; "
                            + "this column is not read", field: chosen.path))
                (field, how) = (nil, "duplicate")
            }
            if let chosen = field {
                taken[chosen] = taken[chosen] ?? index
                if chosen.isDropped {
                    how = chosen == .taxNumber ? "dropped-tax-number" : "dropped-sensitive"
                    if chosen == .taxNumber {
                        diagnostics.append(
                            Diagnostic(
                                .taxColumnDropped, .info, at: cellPosition,
                                "tax-number column dropped: its values are not read"))
                    }
                }
            } else if !key.isEmpty, how == "unmapped" {
                diagnostics.append(
                    Diagnostic(.unmappedColumn, .info, at: cellPosition, "column is not mapped to any field"))
            }
            let mapped = field == .ignored ? nil : field
            fields.append(mapped)
            report.append(
                ImportReport.ColumnMapping(
                    column: index + 1, header: header, field: mapped.flatMap { $0.isDropped ? nil : $0.path },
                    how: field == .ignored ? "ignored" : how))
        }
        let map = ColumnMap(
            kind: userMapping?.name ?? kind.name, headerRow: position.row ?? 1, headers: headers, fields: fields,
            report: report)
        return (map, diagnostics)
    }
}
