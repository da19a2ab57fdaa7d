import Foundation

/// Which header means which record field, for one kind of export: the format of mapping files
/// (`Schemas/mapping.schema.json`) and of the defaults in `Schemas/mappings/`.
///
/// Headers are compared by ``HeaderKey`` (case, spaces, punctuation and a leading `*` ignored).
/// A column mapped to `ignore` is read by nothing; `taxNumber` and `sensitive` columns are dropped unread.
public struct MappingFile: Codable, Sendable, Hashable {
    /// The kind of export (`xero-contacts`), or a user's name for their own layout.
    public var name: String
    public var description: String?
    /// Headers whose presence identifies this kind of export.
    public var signature: [String]?
    /// The row holding the header, when it is always the same.
    public var headerRow: Int?
    /// Header to field path (`name`, `contacts.email`, `address.city`, `ignore`...).
    public var columns: [String: String]

    public init(
        name: String, description: String? = nil, signature: [String]? = nil, headerRow: Int? = nil,
        columns: [String: String]
    ) {
        self.name = name
        self.description = description
        self.signature = signature
        self.headerRow = headerRow
        self.columns = columns
    }

    /// Reads and checks a mapping file; every problem names the file.
    public static func load(path: String) throws -> MappingFile {
        let position = SourcePosition(file: path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ImportError(.cannotOpen, .cannotOpen, "cannot read the mapping file", at: position)
        }
        let file: MappingFile
        do {
            file = try JSONDecoder().decode(MappingFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw ImportError(.badData, .invalidMappingFile, "not valid JSON: \(context.debugDescription)", at: position)
        } catch let DecodingError.keyNotFound(key, _) {
            throw ImportError(.badData, .invalidMappingFile, "missing key '\(key.stringValue)'", at: position)
        } catch {
            throw ImportError(.badData, .invalidMappingFile, "not a mapping file: \(error)", at: position)
        }
        for (header, path) in file.columns.sorted(by: { $0.key < $1.key }) where ClientField(path: path) == nil {
            throw ImportError(
                .badData, .invalidMappingFile, "column '\(header)' maps to unknown field '\(path)'", at: position)
        }
        return file
    }

    /// The columns by header key.
    var fieldsByKey: [String: ClientField] {
        var fields: [String: ClientField] = [:]
        for (header, path) in columns {
            if let field = ClientField(path: path) { fields[HeaderKey.make(header)] = field }
        }
        return fields
    }
}
