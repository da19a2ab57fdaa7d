import Foundation

/// The report as one self-contained HTML page, for the person who checks an import before it runs.
///
/// Inline CSS, no external fonts, images or links, no network; a small inline script adds a filter box
/// to the problems, and the page reads fully without it. Every text from the report is HTML-escaped.
/// Sections: the big numbers, "What will happen" (the decisions), "Problems" (by code, each row with an
/// anchor `#row-FILE-N`), "Tax numbers removed" (counts and places, never values) and "Files" (how each
/// file was read and mapped). Prints cleanly (the navigation and filter are hidden on paper).
public enum ReportHTML {
    /// Limits on what the page lists; what is held back is counted ("N more").
    public struct Limits: Sendable, Hashable {
        /// Decision rows shown.
        public var decisions: Int
        /// Problem rows shown per code.
        public var problemsPerCode: Int
        /// Row references shown per decision.
        public var rowsPerDecision: Int

        public init(decisions: Int = 1000, problemsPerCode: Int = 200, rowsPerDecision: Int = 5) {
            self.decisions = decisions
            self.problemsPerCode = problemsPerCode
            self.rowsPerDecision = rowsPerDecision
        }
    }

    /// Renders `report` as a complete HTML document.
    public static func render(_ report: ImportReport, limits: Limits = Limits()) -> String {
        var page = Page()
        let groups = ProblemGroup.groups(of: report)
        let anchors = rowAnchors(groups, limits: limits)
        page.raw(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title(report)))</title>
            <style>\(style)</style>
            </head>
            <body>

            """)
        header(report, into: &page)
        page.raw(
            """
            <nav aria-label="Sections"><a href="#decisions">What will happen</a> <a href="#problems">Problems</a> \
            <a href="#tax-numbers">Tax numbers removed</a> <a href="#files">Files</a></nav>
            <main>

            """)
        decisions(report, anchors: anchors, limits: limits, into: &page)
        problems(groups, limits: limits, into: &page)
        taxNumbers(report, into: &page)
        files(report, into: &page)
        page.raw("</main>\n<footer>Written by pi-import \(PIImportVersion.current). Values from the data are not shown.</footer>\n")
        page.raw("<script>\(script)</script>\n</body>\n</html>\n")
        return page.html
    }

    /// `pi-import report: clients.csv, book.xlsx[Clients]`, for the browser's tab.
    private static func title(_ report: ImportReport) -> String {
        report.files.isEmpty ? "pi-import report" : "pi-import report: " + report.files.map(ReportText.fileTitle).joined(separator: ", ")
    }

    /// The anchor of a row: `row-FILE-N`, or `row-FILE-SHEET-N` for a worksheet row, with every character
    /// other than ASCII letters, digits, `.`, `_` and `-` replaced by `_`.
    public static func rowAnchor(file: String, sheet: String?, row: Int) -> String {
        var name = "row-" + anchorSafe(file)
        if let sheet { name += "-" + anchorSafe(sheet) }
        return name + "-\(row)"
    }

    // MARK: - Sections

    private static func header(_ report: ImportReport, into page: inout Page) {
        let summary = report.summary
        page.raw("<header>\n<h1>pi-import report</h1>\n")
        if report.valid {
            page.raw("<p class=\"status ok\"><strong>Ready to import.</strong> Every row was accepted.</p>\n")
        } else {
            page.raw("<p class=\"status bad\"><strong>Not ready to import.</strong> ")
            page.text(
                summary.rejected > 0
                    ? "\(ReportText.counted(summary.rejected, "row")) rejected: see Problems."
                    : "Some rows need attention: see Problems.")
            page.raw("</p>\n")
        }
        if !report.files.isEmpty {
            page.raw("<p class=\"inputs\">From ")
            page.text(report.files.map { ReportText.fileTitle($0) }.joined(separator: ", "))
            page.raw("</p>\n")
        }
        var numbers: [(String, Int, String)] = [
            ("Rows", summary.rows, ""), ("Clients", summary.clients, ""), ("Contacts", summary.contacts, ""),
            ("To create", summary.created, ""),
        ]
        if summary.updated > 0 { numbers.append(("To update", summary.updated, "")) }
        numbers.append(("Linked", summary.linked, ""))
        if summary.merged > 0 { numbers.append(("Merged", summary.merged, "")) }
        numbers += [
            ("For review", summary.review, summary.review > 0 ? "warn" : ""),
            ("Rows rejected", summary.rejected, summary.rejected > 0 ? "bad" : ""),
            ("Warnings", summary.warnings, summary.warnings > 0 ? "warn" : ""),
            ("Tax numbers removed", summary.taxNumbersRemoved, ""),
        ]
        page.raw("<dl class=\"numbers\">\n")
        for (label, value, tone) in numbers {
            page.raw("<div class=\"number\(tone.isEmpty ? "" : " " + tone)\"><dt>")
            page.text(label)
            page.raw("</dt><dd>\(value)</dd></div>\n")
        }
        page.raw("</dl>\n</header>\n")
    }

    private static func decisions(
        _ report: ImportReport, anchors: Set<String>, limits: Limits, into page: inout Page
    ) {
        page.raw("<section id=\"decisions\">\n<h2>What will happen</h2>\n")
        guard !report.decisions.isEmpty else {
            page.raw("<p class=\"none\">No clients to import.</p>\n</section>\n")
            return
        }
        page.raw("<p class=\"counts\">")
        for action in ImportReport.Decision.Action.allInOrder {
            let count = report.decisions.count { $0.action == action }
            guard count > 0 else { continue }
            page.raw("<span class=\"action \(action.rawValue)\">\(actionLabel(action)) <b>\(count)</b></span> ")
        }
        page.raw("</p>\n")
        // What needs a person first, then the rest in the report's order.
        let order: [ImportReport.Decision.Action] = [.review, .reject, .create, .update, .link, .merge]
        let sorted = report.decisions.enumerated().sorted {
            let left = order.firstIndex(of: $0.element.action) ?? 0
            let right = order.firstIndex(of: $1.element.action) ?? 0
            return (left, $0.offset) < (right, $1.offset)
        }.map(\.element)
        page.raw(
            """
            <table class="decisions">
            <thead><tr><th scope="col">Action</th><th scope="col">Client</th><th scope="col">Rows</th>\
            <th scope="col">Matched to</th><th scope="col">Source</th><th scope="col" class="num">Score</th><th scope="col">Rule</th></tr></thead>
            <tbody>

            """)
        for decision in sorted.prefix(limits.decisions) {
            page.raw("<tr><td><span class=\"action \(decision.action.rawValue)\">\(actionLabel(decision.action))</span></td><td>")
            page.text(decision.name)
            page.raw("</td><td>")
            // `clients.csv rows 3, 4; book.xlsx[Clients] row 5`, each number linked to its problems.
            var runs: [[ImportReport.RowReference]] = []
            for reference in decision.rows.prefix(limits.rowsPerDecision) {
                if let last = runs.last?.last, last.file == reference.file, last.sheet == reference.sheet {
                    runs[runs.count - 1].append(reference)
                } else {
                    runs.append([reference])
                }
            }
            for (index, run) in runs.enumerated() {
                if index > 0 { page.raw("; ") }
                page.text(ReportText.place(file: run[0].file, sheet: run[0].sheet) + (run.count == 1 ? " row " : " rows "))
                for (position, reference) in run.enumerated() {
                    if position > 0 { page.raw(", ") }
                    let anchor = rowAnchor(file: reference.file, sheet: reference.sheet, row: reference.row)
                    if anchors.contains(anchor) {
                        page.raw("<a href=\"#")
                        page.text(anchor)
                        page.raw("\">\(reference.row)</a>")
                    } else {
                        page.raw("\(reference.row)")
                    }
                }
            }
            if decision.rows.count > limits.rowsPerDecision {
                page.text(" and \(decision.rows.count - limits.rowsPerDecision) more")
            }
            page.raw("</td>")
            if let match = decision.match {
                page.raw("<td>")
                page.text(match.name)
                if let id = match.id {
                    page.raw(" <span class=\"muted\">")
                    page.text(id)
                    page.raw("</span>")
                }
                page.raw("</td><td>")
                page.text(match.source)
                page.raw("</td><td class=\"num\">")
                page.text(match.score.isFinite ? String(format: "%.2f", match.score) : "-")
                page.raw("</td><td>")
                page.text(match.rule)
                page.raw("</td>")
            } else {
                page.raw("<td class=\"muted\">no match</td><td></td><td></td><td></td>")
            }
            page.raw("</tr>\n")
        }
        page.raw("</tbody>\n</table>\n")
        if sorted.count > limits.decisions {
            page.raw("<p class=\"more\">")
            page.text("\(sorted.count - limits.decisions) more decisions are not listed here; the JSON report has them all.")
            page.raw("</p>\n")
        }
        page.raw("</section>\n")
    }

    private static func problems(_ groups: [ProblemGroup], limits: Limits, into page: inout Page) {
        page.raw("<section id=\"problems\">\n<h2>Problems</h2>\n")
        guard !groups.isEmpty else {
            page.raw("<p class=\"none\">No problems found.</p>\n</section>\n")
            return
        }
        page.raw(
            """
            <p class="filter" hidden><label for="problem-filter">Show only problems containing</label> \
            <input id="problem-filter" type="search" autocomplete="off"></p>
            <ul class="codes">

            """)
        for group in groups {
            page.raw("<li><a href=\"#code-")
            page.text(anchorSafe(group.code.rawValue))
            page.raw("\">")
            page.text(group.code.rawValue)
            page.raw("</a> \(group.count)</li>\n")
        }
        page.raw("</ul>\n")
        var anchored: Set<String> = []
        for group in groups {
            page.raw("<div class=\"problem-group\">\n<h3 id=\"code-")
            page.text(anchorSafe(group.code.rawValue))
            page.raw("\">")
            badge(group.severity, into: &page)
            page.raw(" <code>")
            page.text(group.code.rawValue)
            page.raw("</code> <span class=\"count\">")
            page.text(ReportText.counted(group.count, "time"))
            page.raw("</span></h3>\n")
            if !group.diagnostics.isEmpty {
                page.raw(
                    """
                    <table class="problems">
                    <thead><tr><th scope="col">File</th><th scope="col">Sheet</th><th scope="col" class="num">Row</th>\
                    <th scope="col" class="num">Line</th><th scope="col">Column</th><th scope="col">Field</th><th scope="col">Message</th></tr></thead>
                    <tbody>

                    """)
                for diagnostic in group.diagnostics.prefix(limits.problemsPerCode) {
                    let position = diagnostic.position
                    page.raw("<tr")
                    if let row = position.row {
                        let anchor = rowAnchor(file: position.file, sheet: position.sheet, row: row)
                        if anchored.insert(anchor).inserted {
                            page.raw(" id=\"")
                            page.text(anchor)
                            page.raw("\"")
                        }
                    }
                    page.raw(" class=\"\(diagnostic.severity.rawValue)\"><td>")
                    page.text(position.file)
                    if let part = position.part {
                        page.raw(" <span class=\"muted\">")
                        page.text(part)
                        page.raw("</span>")
                    }
                    page.raw("</td><td>")
                    page.text(position.sheet ?? "")
                    page.raw("</td><td class=\"num\">")
                    if let row = position.row {
                        page.raw("<a href=\"#")
                        page.text(rowAnchor(file: position.file, sheet: position.sheet, row: row))
                        page.raw("\">\(row)</a>")
                    }
                    page.raw("</td><td class=\"num\">")
                    page.text(position.line.map(String.init) ?? "")
                    page.raw("</td><td>")
                    page.text(position.columnName ?? position.column.map(ColumnName.letters(for:)) ?? "")
                    page.raw("</td><td>")
                    page.text(diagnostic.field ?? "")
                    page.raw("</td><td>")
                    page.text(diagnostic.message)
                    page.raw("</td></tr>\n")
                }
                page.raw("</tbody>\n</table>\n")
            }
            let hidden = group.count - min(group.diagnostics.count, limits.problemsPerCode)
            if hidden > 0 {
                page.raw("<p class=\"more\">")
                page.text("\(hidden) more not listed.")
                page.raw("</p>\n")
            }
            page.raw("</div>\n")
        }
        page.raw("</section>\n")
    }

    private static func taxNumbers(_ report: ImportReport, into page: inout Page) {
        page.raw("<section id=\"tax-numbers\">\n<h2>Tax numbers removed</h2>\n")
        guard !report.taxNumbersRemoved.isEmpty else {
            page.raw("<p class=\"none\">No tax numbers were found.</p>\n</section>\n")
            return
        }
        page.raw(
            """
            <p>Tax numbers never leave the input: these columns were dropped and these numbers removed from \
            text. Only the places are shown, never the numbers.</p>
            <table class="tax">
            <thead><tr><th scope="col">File</th><th scope="col">Sheet</th><th scope="col">Column</th>\
            <th scope="col">How</th><th scope="col" class="num">Count</th><th scope="col">Rows</th></tr></thead>
            <tbody>

            """)
        for removal in report.taxNumbersRemoved {
            page.raw("<tr><td>")
            page.text(removal.file)
            page.raw("</td><td>")
            page.text(removal.sheet ?? "")
            page.raw("</td><td>")
            page.text(removal.column)
            page.raw("</td><td>")
            page.text(removal.how == "column-dropped" ? "column dropped" : removal.how == "redacted-in-text" ? "removed from text" : removal.how)
            page.raw("</td><td class=\"num\">\(removal.count)</td><td>")
            var rows = removal.rows.map(String.init).joined(separator: ", ")
            if removal.count > removal.rows.count, !rows.isEmpty { rows += ", ..." }
            page.text(rows)
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody>\n</table>\n</section>\n")
    }

    private static func files(_ report: ImportReport, into page: inout Page) {
        page.raw("<section id=\"files\">\n<h2>Files</h2>\n")
        guard !report.files.isEmpty else {
            page.raw("<p class=\"none\">No files were read.</p>\n</section>\n")
            return
        }
        for file in report.files {
            page.raw("<div class=\"file\">\n<h3>")
            page.text(ReportText.fileTitle(file))
            page.raw("</h3>\n<dl class=\"details\">")
            var details: [(String, String)] = [("Format", file.format)]
            if let encoding = file.encoding { details.append(("Encoding", encoding)) }
            if let delimiter = file.delimiter { details.append(("Delimiter", ReportText.delimiterText(delimiter))) }
            if let sheet = file.sheet { details.append(("Sheet", sheet)) }
            if let headerRow = file.headerRow { details.append(("Header row", String(headerRow))) }
            if let kind = file.kind { details.append(("Kind", kind)) }
            details.append(("Rows", String(file.rows)))
            for (term, value) in details {
                page.raw("<div><dt>")
                page.text(term)
                page.raw("</dt><dd>")
                page.text(value)
                page.raw("</dd></div>")
            }
            page.raw("</dl>\n")
            if !file.mapping.isEmpty {
                page.raw(
                    """
                    <table class="mapping">
                    <thead><tr><th scope="col">Column</th><th scope="col">Header</th><th scope="col">Field</th>\
                    <th scope="col">How</th></tr></thead>
                    <tbody>

                    """)
                for column in file.mapping {
                    let kind = column.field != nil ? "mapped" : column.how.hasPrefix("dropped") ? "dropped" : "unmapped"
                    page.raw("<tr class=\"\(kind)\"><td>")
                    page.text(ColumnName.letters(for: column.column))
                    page.raw("</td><td>")
                    page.text(column.header)
                    page.raw("</td><td>")
                    if let field = column.field {
                        page.raw("<code>")
                        page.text(field)
                        page.raw("</code>")
                    } else {
                        page.raw("<span class=\"tag \(kind)\">\(kind == "dropped" ? "dropped" : "not used")</span>")
                    }
                    page.raw("</td><td>")
                    page.text(column.how)
                    page.raw("</td></tr>\n")
                }
                page.raw("</tbody>\n</table>\n")
            }
            page.raw("</div>\n")
        }
        page.raw("</section>\n")
    }

    // MARK: - Pieces

    private static func badge(_ severity: Diagnostic.Severity?, into page: inout Page) {
        let name = severity?.rawValue ?? "unknown"
        page.raw("<span class=\"badge \(name)\">\(name)</span>")
    }

    private static func actionLabel(_ action: ImportReport.Decision.Action) -> String {
        switch action {
        case .create: "Create"
        case .link: "Link"
        case .update: "Update"
        case .merge: "Merge"
        case .review: "Review"
        case .reject: "Reject"
        }
    }

    /// The anchors the problem tables will carry, so that decisions link only to rows that exist.
    private static func rowAnchors(_ groups: [ProblemGroup], limits: Limits) -> Set<String> {
        var anchors: Set<String> = []
        for group in groups {
            for diagnostic in group.diagnostics.prefix(limits.problemsPerCode) {
                guard let row = diagnostic.position.row else { continue }
                anchors.insert(rowAnchor(file: diagnostic.position.file, sheet: diagnostic.position.sheet, row: row))
            }
        }
        return anchors
    }

    private static func anchorSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar {
                    case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": scalar
                    default: "_"
                    }
                }))
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`: safe in text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var page = Page()
        page.text(text)
        return page.html
    }

    /// The page being written: raw markup, or escaped text.
    private struct Page {
        var html = ""

        init() {
            html.reserveCapacity(1 << 16)
        }

        mutating func raw(_ markup: String) {
            html += markup
        }

        mutating func text(_ text: String) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": html += "&amp;"
                case "<": html += "&lt;"
                case ">": html += "&gt;"
                case "\"": html += "&quot;"
                case "'": html += "&#39;"
                default: html.unicodeScalars.append(scalar)
                }
            }
        }
    }

    // MARK: - Style and script

    private static let style = """

        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --band: #f4f5f7;
          --ok-bg: #e6f4ea; --ok: #14532d; --bad-bg: #fdecec; --bad: #8a1c1c; --warn-bg: #fff4e0; --warn: #6b4200;
          --info: #1f4e79; --link: #0b5394; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff;
          font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, nav, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; }
        h1 { font-size: 26px; margin: 0 0 12px; }
        h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        a { color: var(--link); }
        a:focus, input:focus { outline: 3px solid #f0b400; outline-offset: 1px; }
        code { font: 13px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        .status { padding: 10px 14px; border-radius: 6px; border-left: 6px solid; margin: 0 0 8px; }
        .status.ok { background: var(--ok-bg); color: var(--ok); }
        .status.bad { background: var(--bad-bg); color: var(--bad); }
        .inputs { color: var(--muted); margin: 0 0 16px; }
        .numbers { display: grid; grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); gap: 10px; margin: 0; }
        .number { background: var(--band); border-radius: 6px; padding: 10px 12px; border-top: 4px solid var(--line); }
        .number.bad { border-top-color: var(--bad); }
        .number.warn { border-top-color: #c77700; }
        .number dt { font-size: 13px; color: var(--muted); }
        .number dd { margin: 0; font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; }
        nav { margin-top: 16px; padding-top: 8px; padding-bottom: 8px; }
        nav a { margin-right: 16px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
        th { background: var(--band); font-weight: 600; white-space: nowrap; }
        td { overflow-wrap: break-word; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.problems { table-layout: fixed; }
        table.problems th:nth-child(1) { width: 16%; }
        table.problems th:nth-child(2) { width: 10%; }
        table.problems th:nth-child(3), table.problems th:nth-child(4) { width: 7%; }
        table.problems th:nth-child(5), table.problems th:nth-child(6) { width: 13%; }
        tr:target { background: #fff7c2; }
        .muted { color: var(--muted); }
        .none { color: var(--muted); font-style: italic; }
        .more { color: var(--muted); }
        .badge, .action, .tag { display: inline-block; border-radius: 4px; padding: 1px 7px; font-size: 12px;
          font-weight: 700; text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; }
        .badge.error { background: var(--bad); color: #fff; }
        .badge.warning { background: var(--warn); color: #fff; }
        .badge.info, .badge.unknown { background: var(--info); color: #fff; }
        .action { border: 1px solid; text-transform: none; font-weight: 600; font-size: 13px; }
        .action.create { color: var(--ok); background: var(--ok-bg); }
        .action.link, .action.update, .action.merge { color: var(--info); background: #e8f0f8; }
        .action.review { color: var(--warn); background: var(--warn-bg); }
        .action.reject { color: var(--bad); background: var(--bad-bg); }
        .counts .action { margin-right: 6px; }
        .codes { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; list-style: none; }
        .tag.dropped { color: var(--bad); background: var(--bad-bg); }
        .tag.unmapped { color: var(--muted); background: var(--band); }
        tr.dropped td, tr.unmapped td { color: var(--muted); }
        .details { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0 0 8px; }
        .details dt { display: inline; color: var(--muted); }
        .details dt::after { content: ": "; }
        .details dd { display: inline; margin: 0; }
        .filter input { font: inherit; padding: 4px 8px; width: 280px; max-width: 100%; }
        footer { color: var(--muted); font-size: 13px; padding-top: 24px; padding-bottom: 24px; }
        @media print {
          body { font-size: 11pt; }
          nav, .filter { display: none; }
          header, main, footer { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          tr { break-inside: avoid; }
          .badge, .action, .tag, .number, .status, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """

    private static let script = """

        (function () {
          var box = document.getElementById("problem-filter");
          if (!box) return;
          box.parentNode.hidden = false;
          box.addEventListener("input", function () {
            var needle = box.value.toLowerCase();
            document.querySelectorAll("#problems .problem-group").forEach(function (group) {
              var shown = 0;
              group.querySelectorAll("tbody tr").forEach(function (row) {
                var match = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0
                  || group.querySelector("h3").textContent.toLowerCase().indexOf(needle) >= 0;
                row.hidden = !match;
                if (match) shown++;
              });
              group.hidden = shown === 0 && !!needle;
            });
          });
        })();

        """
}
