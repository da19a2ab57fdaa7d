@testable import PIImport

/// Runs the matcher over the labelled evaluation set (``DedupeSyntheticData/evaluationSet``) and scores
/// its `link` decisions: a row counts as linked to the reference it was linked to, or, when merged into an
/// earlier row of the file, to that row's reference; `review` and `create` count as not linked.
struct DedupeEvaluation {
    struct Figures {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { 2 * precision * recall / max(1e-9, precision + recall) }
    }

    var links = Figures()
    /// In-file duplicates: merged into the right earlier row.
    var merges = Figures()
    var actions: [MatchDecision.Action: Int] = [:]
    /// Per kind of row: rows, rows right.
    var byKind: [String: (rows: Int, right: Int)] = [:]
    var mistakes: [String] = []
    var seconds = 0.0

    static func run(options: MatchOptions = MatchOptions()) -> DedupeEvaluation {
        let data = DedupeSyntheticData.evaluationSet()
        let clock = ContinuousClock()
        var result = DedupeEvaluation()
        var effective: [Int?] = []
        var decisions: [MatchDecision] = []
        let elapsed = clock.measure {
            var matcher = Matcher(ledger: ReferenceIndex(data.references), options: options)
            for (index, row) in data.rows.enumerated() {
                let decision = matcher.decide(row.query, rowID: "row-\(index)")
                decisions.append(decision)
                switch decision.action {
                case .link, .linkLedger: effective.append(decision.target?.position)
                case .merge:
                    let earlier = Int(decision.target!.id!.dropFirst(4))!
                    effective.append(effective[earlier])
                case .create, .review, .update: effective.append(nil)
                }
            }
        }
        result.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        for (index, row) in data.rows.enumerated() {
            let decision = decisions[index]
            result.actions[decision.action, default: 0] += 1
            let predicted = effective[index]
            var right: Bool
            if let truth = row.truth {
                if predicted == truth {
                    result.links.truePositives += 1
                } else {
                    result.links.falseNegatives += 1
                    if predicted != nil { result.links.falsePositives += 1 }
                }
                right = predicted == truth
            } else {
                if predicted != nil { result.links.falsePositives += 1 }
                right = predicted == nil
            }
            if let earlier = row.duplicateOf {
                if decision.action == .merge {
                    let target = Int(decision.target!.id!.dropFirst(4))!
                    let root = data.rows[target].duplicateOf ?? target
                    if root == earlier { result.merges.truePositives += 1 } else { result.merges.falsePositives += 1 }
                } else {
                    result.merges.falseNegatives += 1
                }
            } else if decision.action == .merge {
                // Merged a row that is no duplicate: right only when both are the same reference.
                let target = Int(decision.target!.id!.dropFirst(4))!
                let sameReference = row.truth != nil && data.rows[target].truth == row.truth
                if sameReference { result.merges.truePositives += 1 } else { result.merges.falsePositives += 1 }
                if !sameReference { right = false }
            }
            result.byKind[row.kind, default: (0, 0)].rows += 1
            if right { result.byKind[row.kind, default: (0, 0)].right += 1 }
            if !right {
                let truthName = row.truth.map { data.references[$0].name } ?? "-"
                let got = predicted.map { data.references[$0].name } ?? "-"
                result.mistakes.append(
                    "[\(row.kind)] \(row.query.name) -> \(decision.action.rawValue) \(got) (truth \(truthName)) "
                        + "\(decision.target?.reportRule ?? "") \(decision.target.map { "\($0.score)" } ?? ""): \(decision.reason)")
            }
        }
        return result
    }

    var summary: String {
        func pct(_ value: Double) -> String { "\((value * 1000).rounded() / 10)%" }
        var lines = [
            "links: precision \(pct(links.precision)), recall \(pct(links.recall)), F1 \(pct(links.f1)) "
                + "(TP \(links.truePositives), FP \(links.falsePositives), FN \(links.falseNegatives))",
            "in-file merges: precision \(pct(merges.precision)), recall \(pct(merges.recall)) "
                + "(TP \(merges.truePositives), FP \(merges.falsePositives), FN \(merges.falseNegatives))",
            "actions: " + actions.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
                .joined(separator: ", "),
            "by kind (right/rows): " + byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.right)/\($0.value.rows)" }
                .joined(separator: ", "),
            "time: \((seconds * 1000).rounded()) ms",
        ]
        lines += mistakes.prefix(60).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
