import PIImport

#if canImport(Glibc)
    import Glibc
#endif

/// `check` on the seeded client CSV: read, map, normalize, validate, tax scan, report; nothing written.
struct CheckBenchmark {
    let rows: Int
    let directory: String

    func run() throws {
        let path = ClientCSVGenerator.file(rows: rows, directory: directory)
        let bytes = Measurement.fileSize(path)
        let start = Measurement.now()
        let outcome = try ImportPipeline(options: ImportOptions()).run(inputs: [path], keepRecords: false)
        let seconds = Measurement.now() - start
        let summary = outcome.report.summary
        guard summary.rows == rows, outcome.fileErrors.isEmpty else {
            print("FAILED: checked \(summary.rows) rows; expected \(rows)")
            exit(1)
        }
        print(
            "check: \(summary.rows) rows (\(summary.clients) clients, \(summary.rejected) rejected, "
                + "\(summary.taxNumbersRemoved) tax numbers removed), \(format(Double(bytes) / 1e6)) MB in "
                + "\(format(seconds)) s: \(format(Double(rows) / seconds / 1e3)) k rows/s, "
                + "peak memory \(format(Measurement.peakMemoryMiB())) MiB")
    }
}
