import PIImport

#if canImport(Glibc)
    import Glibc
#endif

/// `pi-import-bench`: seeded throughput benchmarks that assert what they read.
///
///     pi-import-bench csv [--rows N] [--dir DIR] [--one-core]   (default 1,000,000 rows)
///     pi-import-bench check [--rows N] [--dir DIR]                (default 1,000,000 rows)
///     pi-import-bench xlsx [--rows N] [--dir DIR]                 (default 200,000 rows)
///     pi-import-bench dedupe [--rows N] [--ledger N] [--xpm N]    (default 100,000 x 100,000 x 50,000)
///     pi-import-bench store [--rows N] [--dir DIR]                (default 100,000 clients)
@main
enum BenchmarkMain {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let suite = arguments.isEmpty ? "csv" : arguments.removeFirst()
        let rows = Int(value(of: "--rows", in: arguments) ?? "")
        let directory = value(of: "--dir", in: arguments) ?? "bench-data"
        switch suite {
        case "csv":
            try CSVBenchmark(rows: rows ?? 1_000_000, directory: directory).run()
        case "check":
            try CheckBenchmark(rows: rows ?? 1_000_000, directory: directory).run()
        case "xlsx":
            try XLSXBenchmark(rows: rows ?? 200_000, directory: directory).run()
        case "dedupe":
            var benchmark = DedupeBenchmark(
                rows: rows ?? 100_000,
                ledger: Int(value(of: "--ledger", in: arguments) ?? "") ?? 100_000,
                xpm: Int(value(of: "--xpm", in: arguments) ?? "") ?? 50_000)
            if let budget = value(of: "--budget", in: arguments).flatMap(Int.init) { benchmark.options.candidateBudget = budget }
            if let fuzzy = value(of: "--fuzzy", in: arguments).flatMap(Int.init) { benchmark.options.fuzzyCandidates = fuzzy }
            benchmark.sequential = arguments.contains("--sequential")
            benchmark.run()
        case "store":
            try StoreBenchmark(rows: rows ?? 100_000, directory: directory).run()
        default:
            print("usage: pi-import-bench csv|check|xlsx|dedupe|store [--rows N] [--dir DIR]")
            exit(64)
        }
    }

    private static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
