import PIImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Matches generated import rows against a generated ledger and XPM export (seeded), making every
/// decision, and reports the time to index, the time to decide, and peak memory.
///
///     pi-import-bench dedupe [--rows 100000] [--ledger 100000] [--xpm 50000]
struct DedupeBenchmark {
    let rows: Int
    let ledger: Int
    let xpm: Int

    func run() {
        var start = Measurement.now()
        let data = DedupeSyntheticData.benchmark(seed: 42, ledger: ledger, xpm: xpm, rows: rows)
        print("generated \(data.ledger.count) ledger, \(data.xpm.count) XPM, \(data.rows.count) rows in \(format(Measurement.now() - start)) s")

        start = Measurement.now()
        let ledgerIndex = ReferenceIndex(data.ledger)
        let xpmIndex = ReferenceIndex(data.xpm)
        let indexed = Measurement.now() - start

        start = Measurement.now()
        var matcher = Matcher(xpm: xpmIndex, ledger: ledgerIndex)
        var counts: [MatchDecision.Action: Int] = [:]
        var decided = 0
        for (index, row) in data.rows.enumerated() {
            // Keys of the incoming row are part of the work.
            let query = MatchQuery(
                name: row.name, emails: row.rawEmails, phones: row.rawPhones, postcode: row.postcode,
                companyNumber: row.companyNumber)
            let decision = matcher.decide(query, rowID: "row-\(index)")
            counts[decision.action, default: 0] += 1
            decided += 1
        }
        let matching = Measurement.now() - start
        guard decided == rows, counts.values.reduce(0, +) == rows else {
            print("FAILED: decided \(decided) of \(rows) rows")
            exit(1)
        }
        let summary = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", ")
        print(
            "dedupe: indexed \(ledger + xpm) references in \(format(indexed)) s; decided \(rows) rows in "
                + "\(format(matching)) s (\(format(Double(rows) / matching / 1000)) k rows/s); total \(format(indexed + matching)) s; "
                + "peak memory \(format(Measurement.peakMemoryMiB())) MiB")
        print("decisions: \(summary)")
    }
}
