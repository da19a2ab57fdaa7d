import Foundation

@testable import PIImport

/// Paths the tests read from: the package's own Samples and the shared public corpora beside it.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("Samples")
    static let defects = samples.appendingPathComponent("defects")
    static let sharedTestdata = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")

    static func defect(_ name: String) -> String {
        defects.appendingPathComponent(name).path
    }

    static func sharedTestData(_ relative: String) -> URL {
        sharedTestdata.appendingPathComponent(relative).standardized
    }

    static func sample(_ name: String) -> URL {
        samples.appendingPathComponent(name)
    }
}

/// Everything a CSV reader produced for one file: records, diagnostics, and the error that stopped it.
struct CSVReading: Equatable {
    var records: [CSVReader.Record] = []
    var diagnostics: [Diagnostic] = []
    var error: ImportError.Summary?
    var encoding = ""
    var delimiter = ""

    static func read(path: String, name: String? = nil, options: ReadOptions = ReadOptions()) -> CSVReading {
        var result = CSVReading()
        do {
            let reader = try CSVReader(path: path, name: name, options: options)
            defer {
                result.encoding = reader.encodingDescription
                result.delimiter = reader.delimiterDescription
            }
            do {
                while let record = try reader.nextRecord() {
                    result.records.append(record)
                    result.diagnostics += reader.takeDiagnostics()
                }
                result.diagnostics += reader.takeDiagnostics()
            } catch {
                result.diagnostics += reader.takeDiagnostics()
                throw error
            }
        } catch let error as ImportError {
            result.error = error.summary
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return result
    }
}

extension ImportError {
    /// The parts of an error a test compares: code, exit status and line.
    struct Summary: Equatable, CustomStringConvertible {
        var code: DiagnosticCode
        var exitStatus: Int32
        var line: Int?
        var description: String { "\(code) (exit \(exitStatus)) at line \(line.map(String.init) ?? "-")" }
    }

    var summary: Summary { Summary(code: code, exitStatus: kind.exitStatus, line: position?.line) }
}

import Testing
