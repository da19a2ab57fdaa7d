import PIImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a generated client CSV into Strings, record by record, and reports MB/s, rows/s and peak memory.
struct CSVBenchmark {
    let rows: Int
    let directory: String

    func run() throws {
        let path = ClientCSVGenerator.file(rows: rows, directory: directory)
        let bytes = Measurement.fileSize(path)
        let start = Measurement.now()
        let oneCore = CommandLine.arguments.contains("--one-core")
        let reader = try CSVReader(path: path, options: ReadOptions(usesSecondCore: !oneCore))
        var records = 0
        var fields = 0
        var checksum = 0
        if CommandLine.arguments.contains("--tokenize-only") {
            while try reader.skipRecord() { records += 1 }
            let seconds = Measurement.now() - start
            print("tokenize only: \(records) records in \(format(seconds)) s: \(format(Double(bytes) / 1e6 / seconds)) MB/s")
            return
        }
        while let record = try reader.nextRecord() {
            records += 1
            fields += record.fields.count
            checksum &+= record.fields[0].utf8.count
        }
        let seconds = Measurement.now() - start
        guard records == rows + 1, fields == records * ClientCSVGenerator.header.count else {
            print("FAILED: read \(records) records and \(fields) fields; expected \(rows + 1) x 15")
            exit(1)
        }
        print(
            "csv read into Strings\(oneCore ? " (one core)" : " (two cores)"): \(records) records, \(format(Double(bytes) / 1e6)) MB in \(format(seconds)) s: "
                + "\(format(Double(bytes) / 1e6 / seconds)) MB/s, \(format(Double(records) / seconds / 1e6)) M rows/s, "
                + "peak memory \(format(Measurement.peakMemoryMiB())) MiB (checksum \(checksum))")
    }
}

func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return "\(rounded)"
}
