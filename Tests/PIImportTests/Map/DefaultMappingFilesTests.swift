import Foundation
import Testing

@testable import PIImport

/// `Schemas/mappings/*.json` are the defaults as users see and copy them; the Swift tables are what
/// runs. This keeps the two identical. Set PI_IMPORT_RECORD=1 to rewrite the files from the tables.
@Suite struct DefaultMappingFilesTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Schemas/mappings")

    static func json(_ mapping: MappingFile) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(mapping), as: UTF8.self) + "\n"
    }

    @Test(arguments: DefaultMappings.all.map(\.name))
    func fileMatchesTheTable(_ name: String) throws {
        let mapping = try #require(DefaultMappings.all.first { $0.name == name })
        let url = Self.folder.appendingPathComponent("\(name).json")
        let expected = try Self.json(mapping)
        if ProcessInfo.processInfo.environment["PI_IMPORT_RECORD"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == expected)
        #expect(try MappingFile.load(path: url.path) == mapping)
    }

    @Test func everyDefaultNamesKnownFields() {
        for mapping in DefaultMappings.all {
            for (header, path) in mapping.columns {
                #expect(ClientField(path: path) != nil, "\(mapping.name): \(header) -> \(path)")
            }
        }
    }

    @Test func badMappingFilesAreRefusedNamingTheProblem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-mapping-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(String, String)] = [
            ("{\"name\": \"x\", \"columns\": {\"A\": \"taxFileNumber\"}}", "column 'A' maps to unknown field 'taxFileNumber'"),
            ("{\"columns\": {}}", "missing key 'name'"),
            ("{not json", "not valid JSON"),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let url = directory.appendingPathComponent("m\(index).json")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let error = #expect(throws: ImportError.self) { try MappingFile.load(path: url.path) }
            #expect(error?.code == .invalidMappingFile)
            #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
            #expect(error?.position?.file == url.path)
        }
    }
}
