import PIImport

#if canImport(Glibc)
    import Glibc
#endif

/// `pi-import-bench`: seeded throughput benchmarks that assert what they read.
///
///     pi-import-bench csv [--rows N] [--dir DIR]
///     pi-import-bench dedupe [--rows N] [--ledger N] [--xpm N]
@main
enum BenchmarkMain {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let suite = arguments.isEmpty ? "csv" : arguments.removeFirst()
        let rows = Int(value(of: "--rows", in: arguments) ?? "") ?? 1_000_000
        let directory = value(of: "--dir", in: arguments) ?? "bench-data"
        switch suite {
        case "csv":
            try CSVBenchmark(rows: rows, directory: directory).run()
        case "dedupe":
            var benchmark = DedupeBenchmark(
                rows: Int(value(of: "--rows", in: arguments) ?? "") ?? 100_000,
                ledger: Int(value(of: "--ledger", in: arguments) ?? "") ?? 100_000,
                xpm: Int(value(of: "--xpm", in: arguments) ?? "") ?? 50_000)
            if let budget = value(of: "--budget", in: arguments).flatMap(Int.init) { benchmark.options.candidateBudget = budget }
            if let fuzzy = value(of: "--fuzzy", in: arguments).flatMap(Int.init) { benchmark.options.fuzzyCandidates = fuzzy }
            benchmark.sequential = arguments.contains("--sequential")
            benchmark.run()
        default:
            print("usage: pi-import-bench csv [--rows N] [--dir DIR] | dedupe [--rows N] [--ledger N] [--xpm N]")
            exit(64)
        }
    }

    private static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
