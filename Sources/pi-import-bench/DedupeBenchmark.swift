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
    var options = MatchOptions()
    /// One row at a time through ``Matcher/decide(_:rowID:)`` instead of ``Matcher/decideAll(_:rowIDs:)``.
    var sequential = false

    func run() {
        var start = Measurement.now()
        let data = DedupeSyntheticData.benchmark(seed: 42, ledger: ledger, xpm: xpm, rows: rows)
        print("generated \(data.ledger.count) ledger, \(data.xpm.count) XPM, \(data.rows.count) rows in \(format(Measurement.now() - start)) s")

        start = Measurement.now()
        var cpu = Self.cpuSeconds()
        let indexes = ReferenceIndex.build([data.ledger, data.xpm])
        let ledgerIndex = indexes[0]
        let xpmIndex = indexes[1]
        let indexed = Measurement.now() - start
        let indexCPU = Self.cpuSeconds() - cpu

        start = Measurement.now()
        cpu = Self.cpuSeconds()
        var matcher = Matcher(xpm: xpmIndex, ledger: ledgerIndex, options: options)
        var counts: [MatchDecision.Action: Int] = [:]
        var decided = 0
        var scored = 0
        var mostScored = 0
        // Keys of the incoming rows are part of the work.
        let queries = MatchQuery.all(data.rows.count) { index in
            let row = data.rows[index]
            return MatchQuery(
                name: row.name, emails: row.rawEmails, phones: row.rawPhones, postcode: row.postcode,
                companyNumber: row.companyNumber)
        }
        let decisions = sequential
            ? queries.indices.map { matcher.decide(queries[$0], rowID: "row-\($0)") }
            : matcher.decideAll(queries, rowIDs: queries.indices.map { "row-\($0)" })
        for decision in decisions {
            counts[decision.action, default: 0] += 1
            scored += decision.candidatesScored
            mostScored = max(mostScored, decision.candidatesScored)
            decided += 1
        }
        let matching = Measurement.now() - start
        let matchCPU = Self.cpuSeconds() - cpu
        guard decided == rows, counts.values.reduce(0, +) == rows else {
            print("FAILED: decided \(decided) of \(rows) rows")
            exit(1)
        }
        // The rows are labelled: how right were the links at this scale?
        var effective: [Int?] = []
        effective.reserveCapacity(rows)
        for decision in decisions {
            switch decision.action {
            case .linkLedger: effective.append(decision.target?.position)
            case .link: effective.append(decision.target.map { data.xpmInLedger[$0.position] ?? -1 })
            case .merge: effective.append(decision.target?.id.flatMap { Int($0.dropFirst(4)) }.flatMap { effective[$0] })
            case .create, .review, .update: effective.append(nil)
            }
        }
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var missed: [String: Int] = [:]
        for (index, (predicted, truth)) in zip(effective, data.truths).enumerated() {
            if let truth, predicted == truth { truePositives += 1; continue }
            if predicted != nil { falsePositives += 1 }
            if truth != nil {
                falseNegatives += 1
                let decision = decisions[index]
                let sameAsTruth = decision.target.map { $0.source == .xpm ? data.xpmInLedger[$0.position] == truth : $0.position == truth } ?? false
                missed["\(decision.action.rawValue) \(decision.target.map { "\($0.source.rawValue) \($0.rule.rawValue)" } ?? "-")\(decision.ledger != nil ? " (ledger linked)" : "")\(sameAsTruth ? " right one" : "")", default: 0] += 1
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let summary = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", ")
        print(
            "dedupe: indexed \(ledger + xpm) references in \(format(indexed)) s; decided \(rows) rows in "
                + "\(format(matching)) s (\(format(Double(rows) / matching / 1000)) k rows/s); total \(format(indexed + matching)) s; "
                + "peak memory \(format(Measurement.peakMemoryMiB())) MiB")
        print("decisions: \(summary)")
        print(
            "links against the labels: precision \(format(precision * 100))%, recall \(format(recall * 100))%, "
                + "F1 \(format(200 * precision * recall / max(1e-9, precision + recall)))% (review counts as not linked)")
        print("missed links by decision: " + missed.sorted { $0.value > $1.value }.prefix(8).map { "\($0.key): \($0.value)" }.joined(separator: ", "))
        print("candidates scored per row (XPM, ledger and earlier rows together): mean \(format(Double(scored) / Double(rows))), max \(mostScored)")
        print("decisions digest (equal when every decision, score and reason is): \(Self.digest(decisions))")
        print("cpu time: index \(format(indexCPU)) s, decide \(format(matchCPU)) s (load average now \(Self.loadAverage()))")
    }

    /// An FNV-1a hash of every decision as printed, to check that a change to the matcher's speed left
    /// its decisions alone.
    static func digest(_ decisions: [MatchDecision]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for decision in decisions {
            for byte in String(describing: decision).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return String(hash, radix: 16)
    }

    /// User and system CPU time of the process, so a busy machine does not hide what the code costs.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? format(loads[0]) : "?"
    }
}
