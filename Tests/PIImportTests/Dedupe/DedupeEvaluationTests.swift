import Testing

@testable import PIImport

/// Precision and recall of `link` decisions on the labelled evaluation set (about 3,000 ledger contacts,
/// 2,000 import rows): fails below 0.97 precision or 0.95 recall.
@Suite("Dedupe: evaluation set")
struct DedupeEvaluationTests {
    @Test func evaluationSetShape() {
        let data = DedupeSyntheticData.evaluationSet()
        #expect(data.references.count >= 3_000)
        #expect(data.rows.count == 2_000)
        let labelled = data.rows.filter { $0.truth != nil }.count
        #expect(labelled > 1_000 && labelled < 1_800)
        #expect(data.rows.contains { $0.duplicateOf != nil })
        // Seeded: the same set every time.
        let again = DedupeSyntheticData.evaluationSet()
        #expect(again.rows.map(\.query.name) == data.rows.map(\.query.name))
    }

    @Test func precisionAndRecallOfLinks() {
        let evaluation = DedupeEvaluation.run()
        print("Dedupe evaluation (default options):\n" + evaluation.summary)
        #expect(evaluation.links.precision >= 0.97)
        #expect(evaluation.links.recall >= 0.95)
        #expect(evaluation.merges.precision >= 0.97)
    }

    /// With `acceptFuzzy`, uncorroborated close names link too: recall rises, precision must hold.
    @Test func acceptFuzzyTradesReviewsForLinks() {
        let evaluation = DedupeEvaluation.run(options: MatchOptions(acceptFuzzy: 0.92))
        print("Dedupe evaluation (acceptFuzzy 0.92):\n" + evaluation.summary.split(separator: "\n").prefix(4).joined(separator: "\n"))
        #expect(evaluation.links.precision >= 0.97)
        #expect(evaluation.links.recall >= DedupeEvaluation.run().links.recall)
    }
}
