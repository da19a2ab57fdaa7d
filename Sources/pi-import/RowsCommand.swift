import ArgumentParser
import PIImport

/// `pi-import rows FILE`: every record exactly as the reader sees it, as JSON Lines.
struct RowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rows",
        abstract: "Print every row of a file as the reader sees it, one JSON object per line.",
        discussion: """
            CSV: {"row": R, "line": L, "cells": ["...", ...]}, where R is the record number and L the line \
            where the record starts. XLSX: {"row": R, "cells": [...]}, where R is the spreadsheet row. \
            Header rows are rows like any other. This is the one command that shows cells exactly as they \
            are, tax numbers included: the file is yours already.
            """
    )

    @Argument(help: "The CSV or XLSX file to read.")
    var file: String

    @OptionGroup var reader: ReaderOptions

    func run() throws {
        var output = StandardOutput()
        do {
            let source = try SourceOpener.open(path: file, options: reader.readOptions())
            var shape = RowShapeCheck(trimsTrailingEmptyCells: source.info.trimsTrailingEmptyCells)
            var limiter = DiagnosticLimiter(perCode: 20)
            let includeLine = source.info.format == "csv"
            while let row = try source.nextRow() {
                for diagnostic in source.takeDiagnostics() + shape.check(row) where limiter.admit(diagnostic) {
                    output.flush()
                    StandardError.report(diagnostic)
                }
                output.write { buffer in
                    JSONText.appendRaw("{\"row\":\(row.position.row ?? 0)", to: &buffer)
                    if includeLine, let line = row.position.line {
                        JSONText.appendRaw(",\"line\":\(line)", to: &buffer)
                    }
                    JSONText.appendRaw(",\"cells\":[", to: &buffer)
                    for (index, cell) in row.cells.enumerated() {
                        if index > 0 { buffer.append(UInt8(ascii: ",")) }
                        JSONText.appendCell(cell, to: &buffer)
                    }
                    JSONText.appendRaw("]}\n", to: &buffer)
                }
            }
            output.flush()
            for diagnostic in source.takeDiagnostics() { StandardError.report(diagnostic) }
            for (code, count) in limiter.suppressed {
                StandardError.write("\(file): note: \(count) more [\(code)] not shown\n")
            }
        } catch let error as ImportError {
            output.flush()
            throw error.reportedExit()
        }
    }
}
