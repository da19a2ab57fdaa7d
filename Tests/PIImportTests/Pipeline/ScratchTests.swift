import Foundation
import Testing

@testable import PIImport

@Test func scratchRun() throws {
    for name in ["clients.csv", "xero-contacts.csv", "qbo-customer-contact-list.csv", "xpm-clients.csv", "ignition-clients.csv"] {
        var records: [ClientRecord] = []
        let report = try ImportPipeline(options: ImportOptions()).run(
            inputs: [TestPaths.samples.appendingPathComponent(name).path], keepRecords: true,
            onRecord: { records.append($0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
        for record in records {
            print(String(decoding: try JSONEncoder().encode(record), as: UTF8.self))
        }
    }
}
