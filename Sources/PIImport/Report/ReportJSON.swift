import Foundation

/// The machine-readable report (`Schemas/report.schema.json`): `JSONEncoder` with sorted keys, pretty
/// printed, slashes unescaped, a final newline. The report holds no dates, so there is no date strategy.
public enum ReportJSON {
    /// Renders `report` as JSON text.
    ///
    /// - Throws: `EncodingError` only for a non-finite match score (NaN or infinity), which JSON cannot hold.
    public static func render(_ report: ImportReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
