import Foundation
import Testing

@testable import PIImport

@Suite struct ReportJSONTests {
    @Test func fullyPopulatedReportEmitsExactlyTheDeclaredKeys() throws {
        let schema = try SchemaCheck.schema("report.schema.json")
        let value = try JSONSerialization.jsonObject(with: Data(ReportJSON.render(ReportFixtures.fullyPopulated).utf8))
        let (emitted, undeclared) = SchemaCheck.emittedPaths(value, schema: schema)
        #expect(undeclared == [])
        #expect(SchemaCheck.declaredPaths(schema).subtracting(emitted).sorted() == [])
    }

    @Test func everyObjectInTheSchemaIsClosed() throws {
        func check(_ node: Any, _ path: String) {
            if let object = node as? [String: Any] {
                if object["properties"] != nil {
                    #expect(object["additionalProperties"] as? Bool == false, "\(path)")
                }
                for (key, child) in object { check(child, path + "/" + key) }
            } else if let array = node as? [Any] {
                for child in array { check(child, path) }
            }
        }
        check(try SchemaCheck.schema("report.schema.json"), "report")
        check(try SchemaCheck.schema("client.schema.json"), "client")
    }

    @Test func renderedReportsValidateWithJSONSchema() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        let empty = ImportReport(
            valid: true, summary: ImportReport.Summary(), files: [], diagnostics: [], suppressed: [:], decisions: [],
            taxNumbersRemoved: [])
        for (name, report) in [("small", ReportFixtures.small), ("full", ReportFixtures.fullyPopulated), ("empty", empty)] {
            let url = directory.appendingPathComponent("\(name).json")
            let writer = try AtomicFileWriter(path: url.path)
            try writer.write(try ReportJSON.render(report))
            try writer.finish()
            files.append(url)
        }
        let result = try SchemaCheck.validate(schema: "report.schema.json", files: files)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "3 valid\n")
    }

    @Test func sortedPrettyAndDecodable() throws {
        let text = try ReportJSON.render(ReportFixtures.small)
        #expect(text.hasPrefix("{\n  \"decisions\" : [\n"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"suppressed\" : {\n    \"bad-phone\" : 2\n  },"))
        #expect(text.contains(#""column" : "EmailAddress","#))
        #expect(text.contains(#""columnNumber" : 2,"#))
        let decoded = try JSONDecoder().decode(ImportReport.self, from: Data(text.utf8))
        #expect(decoded == ReportFixtures.small)
    }

    @Test func nonFiniteScoreThrows() {
        var report = ReportFixtures.small
        report.decisions[1].match?.score = .nan
        #expect(throws: EncodingError.self) { try ReportJSON.render(report) }
    }
}
