import Foundation
import Testing

@testable import PIImport

@Suite struct WriteClientSchemaTests {
    private func jsonLine(_ record: ClientRecord) -> [UInt8] {
        var buffer: [UInt8] = []
        JSONLinesSink.append(record, to: &buffer)
        return buffer
    }

    @Test func fullyPopulatedRecordEmitsExactlyTheDeclaredKeys() throws {
        let schema = try SchemaCheck.schema("client.schema.json")
        let value = try JSONSerialization.jsonObject(with: Data(jsonLine(WriteFixtures.fullyPopulated)))
        let (emitted, undeclared) = SchemaCheck.emittedPaths(value, schema: schema)
        #expect(undeclared == [])
        #expect(SchemaCheck.declaredPaths(schema).subtracting(emitted).sorted() == [])
        #expect(!SchemaCheck.declaredPaths(schema).contains { $0.lowercased().contains("tax") })
    }

    @Test func requiredKeysAreTheOnesAlwaysWritten() throws {
        let schema = try SchemaCheck.schema("client.schema.json")
        let minimal = ClientRecord(name: "Minimal", source: RecordSource(file: "a.csv", rows: [1]))
        let value = try #require(try JSONSerialization.jsonObject(with: Data(jsonLine(minimal))) as? [String: Any])
        #expect(Set(value.keys) == Set(schema["required"] as? [String] ?? []))
    }

    @Test func writerOutputValidatesWithJSONSchema() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clients.jsonl")
        let sink = try JSONLinesSink(path: path.path)
        let records = WriteFixtures.threeClients + WriteFixtures.richRecords + [WriteFixtures.fullyPopulated]
        for record in records { try sink.write(record) }
        try sink.finish()
        let result = try SchemaCheck.validate(schema: "client.schema.json", files: [path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "\(records.count) valid\n")
    }

    @Test func schemaRejectsATaxNumberAndAnUnknownState() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.jsonl")
        try Data(
            #"""
            {"name":"A","taxNumber":"x","tags":[],"state":"ACTIVE","contacts":[],"appClients":[],"source":{"file":"a.csv","rows":[1]}}
            {"name":"B","tags":[],"state":"DELETED","contacts":[],"appClients":[],"source":{"file":"a.csv","rows":[2]}}
            {"name":"C","tags":[],"state":"LEAD","contacts":[],"appClients":[],"source":{"file":"a.csv","rows":[3]}}

            """#.utf8
        ).write(to: path)
        let result = try SchemaCheck.validate(schema: "client.schema.json", files: [path])
        #expect(result.status == 1)
        #expect(result.output.contains("bad.jsonl:1: /: Additional properties are not allowed ('taxNumber' was unexpected)"))
        #expect(result.output.contains("bad.jsonl:2: /state:"))
        #expect(result.output.hasSuffix("2 errors, 1 valid\n"))
    }
}
