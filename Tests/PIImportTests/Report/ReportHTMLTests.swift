import Foundation
import Testing

@testable import PIImport

@Suite struct ReportHTMLTests {
    static let page = ReportHTML.render(ReportFixtures.small)

    @Test func hasTheExpectedSections() {
        let page = Self.page
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(page.contains("<title>pi-import report: clients.csv, book.xlsx[Clients]</title>"))
        for id in ["decisions", "problems", "tax-numbers", "files"] {
            #expect(page.contains("<section id=\"\(id)\">"), "\(id)")
        }
        for heading in ["What will happen", "Problems", "Tax numbers removed", "Files"] {
            #expect(page.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        #expect(page.contains("<p class=\"status bad\"><strong>Not ready to import.</strong> 2 rows rejected: see Problems.</p>"))
        #expect(page.contains("<div class=\"number bad\"><dt>Rows rejected</dt><dd>2</dd></div>"))
        #expect(page.contains("<div class=\"number\"><dt>Tax numbers removed</dt><dd>3</dd></div>"))
        #expect(page.contains("<div class=\"number\"><dt>Linked</dt><dd>1</dd></div>"))
    }

    @Test func escapesEverythingFromTheReport() {
        let page = Self.page
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        #expect(page.components(separatedBy: "<script>").count == 2)  // only the page's own filter script
        #expect(ReportHTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func isSelfContained() throws {
        let page = Self.page
        let pattern = try NSRegularExpression(pattern: #"(?:src|href)\s*=\s*["']?\s*https?://|url\(\s*["']?\s*https?://"#, options: [.caseInsensitive])
        #expect(pattern.numberOfMatches(in: page, range: NSRange(page.startIndex..., in: page)) == 0)
        #expect(!page.contains("<link"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("@import"))
        #expect(!page.contains(" src="))
    }

    @Test func problemRowsHaveAnchorsAndDecisionsLinkToThem() {
        let page = Self.page
        #expect(page.contains("<tr id=\"row-clients.csv-3\" class=\"error\"><td>clients.csv</td><td></td><td class=\"num\"><a href=\"#row-clients.csv-3\">3</a></td><td class=\"num\">4</td><td>EmailAddress</td><td>contacts.email</td><td>Contact Email is empty; Ignition needs one on every row</td></tr>"))
        #expect(page.contains("<tr id=\"row-book.xlsx-Clients-5\" class=\"warning\">"))
        #expect(page.contains("<td>clients.csv rows <a href=\"#row-clients.csv-3\">3</a>, <a href=\"#row-clients.csv-4\">4</a></td>"))
        #expect(page.contains("<td>book.xlsx[Clients] row <a href=\"#row-book.xlsx-Clients-5\">5</a></td>"))
        // A decision row without a problem is not linked.
        #expect(page.contains("<td>clients.csv rows 1, 2</td>"))
        #expect(ReportHTML.rowAnchor(file: "my clients (2).csv", sheet: nil, row: 7) == "row-my_clients__2_.csv-7")
        #expect(ReportHTML.rowAnchor(file: "book.xlsx", sheet: "Sheet 1", row: 2) == "row-book.xlsx-Sheet_1-2")
    }

    @Test func problemsAreGroupedByCodeWithBadgesAndCounts() {
        let page = Self.page
        #expect(page.contains("<h3 id=\"code-missing-email\"><span class=\"badge error\">error</span> <code>missing-email</code> <span class=\"count\">2 times</span></h3>"))
        #expect(page.contains("<h3 id=\"code-bad-phone\"><span class=\"badge warning\">warning</span> <code>bad-phone</code> <span class=\"count\">3 times</span></h3>"))
        #expect(page.contains("<p class=\"more\">2 more not listed.</p>"))
        let errors = page.range(of: "code-missing-email\">")!.lowerBound
        let warnings = page.range(of: "code-bad-phone\">")!.lowerBound
        #expect(errors < warnings)
    }

    @Test func decisionsShowMatchesAndAreCapped() {
        let page = ReportHTML.render(ReportFixtures.small, limits: ReportHTML.Limits(decisions: 2))
        #expect(page.contains("<td>Script &amp; Co Pty Ltd</td><td>xpm</td><td class=\"num\">0.82</td><td>fuzzy</td>"))
        #expect(page.contains("<p class=\"more\">2 more decisions are not listed here; the JSON report has them all.</p>"))
        // Review and reject come first.
        let review = page.range(of: "<span class=\"action review\">Review</span></td>")!.lowerBound
        let reject = page.range(of: "<span class=\"action reject\">Reject</span></td>")!.lowerBound
        #expect(review < reject)
        #expect(!page.contains("<span class=\"action create\">Create</span></td>"))
    }

    @Test func taxNumbersShowPlacesAndCountsOnly() {
        let page = Self.page
        #expect(page.contains("<tr><td>clients.csv</td><td></td><td>TaxNumber</td><td>column dropped</td><td class=\"num\">2</td><td>1, 2</td></tr>"))
        #expect(page.contains("<tr><td>book.xlsx</td><td>Clients</td><td>Notes</td><td>removed from text</td><td class=\"num\">1</td><td>4</td></tr>"))
    }

    @Test func filesShowTheMapping() {
        let page = Self.page
        #expect(page.contains("<h3>clients.csv</h3>"))
        #expect(page.contains("<div><dt>Delimiter</dt><dd>&quot;,&quot;</dd></div>"))
        #expect(page.contains("<tr class=\"mapped\"><td>B</td><td>EmailAddress</td><td><code>contacts.email</code></td><td>synonym</td></tr>"))
        #expect(page.contains("<tr class=\"dropped\"><td>C</td><td>TaxNumber</td><td><span class=\"tag dropped\">dropped</span></td><td>dropped-tax-number</td></tr>"))
        #expect(page.contains("<tr class=\"unmapped\"><td>D</td><td>Misc</td><td><span class=\"tag unmapped\">not used</span></td><td>unmapped</td></tr>"))
    }

    @Test func emptyReportSaysSo() {
        let report = ImportReport(
            valid: true, summary: ImportReport.Summary(), files: [], diagnostics: [], suppressed: [:], decisions: [],
            taxNumbersRemoved: [])
        let page = ReportHTML.render(report)
        #expect(page.contains("<p class=\"status ok\"><strong>Ready to import.</strong> Every row was accepted.</p>"))
        #expect(page.contains("No clients to import."))
        #expect(page.contains("No problems found."))
        #expect(page.contains("No tax numbers were found."))
        #expect(page.contains("No files were read."))
    }

    /// Writes the sample page where `PI_IMPORT_SAMPLE_REPORT` says (for example `/tmp/pi-import-report.html`),
    /// to look at in a browser: `PI_IMPORT_SAMPLE_REPORT=/tmp/pi-import-report.html swift test --filter ReportHTML`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PI_IMPORT_SAMPLE_REPORT"] != nil))
    func writesTheSamplePage() throws {
        let path = try #require(ProcessInfo.processInfo.environment["PI_IMPORT_SAMPLE_REPORT"])
        let writer = try AtomicFileWriter(path: path)
        try writer.write(Self.page)
        try writer.finish()
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
