import Foundation
import Testing

@testable import PIImport

/// The public csv-spectrum acid tests, read from ../shared/testdata/csv-spectrum.
@Suite struct CSVSpectrumTests {
    static let folder = TestPaths.sharedTestdata.appendingPathComponent("csv-spectrum")

    /// `location_coordinates` is broken upstream (its JSON is one object, not an array, and its phone
    /// number differs from the CSV's), so it is compared separately below with the CSV's own values.
    static let names = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
        "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test(arguments: names)
    func matchesExpectedJSON(_ name: String) throws {
        let csv = Self.folder.appendingPathComponent("csvs/\(name).csv").path
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("json/\(name).json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]])
        for chunk in [1, 2, 7, 4096] {
            let reading = CSVReading.read(path: csv, options: ReadOptions(chunkSize: chunk))
            #expect(reading.error == nil)
            let header = try #require(reading.records.first?.fields)
            let objects = reading.records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
            #expect(objects == expected, "\(name) in chunks of \(chunk)")
        }
    }

    /// Compared after the two upstream fixes its README names: the object wrapped in an array, and the
    /// phone number taken from the CSV.
    @Test func locationCoordinatesAfterUpstreamFixes() throws {
        let csv = Self.folder.appendingPathComponent("csvs/location_coordinates.csv").path
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("json/location_coordinates.json"))
        var expected = try #require(try JSONSerialization.jsonObject(with: json) as? [String: String])
        expected["Contact Phone Number"] = "2095257564"
        let reading = CSVReading.read(path: csv)
        #expect(reading.error == nil)
        let header = try #require(reading.records.first?.fields)
        let objects = reading.records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
        #expect(objects == [expected])
    }
}
