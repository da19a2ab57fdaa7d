import Dispatch

/// Data rows read from a file for one batch, with what the reader found before each of them.
///
/// Almost every row comes with no findings, so they are kept by row rather than one array a row.
struct ReadBatch: Sendable {
    let rows: PackedRows
    /// The reader's findings (warnings, shape findings, rows skipped), by the index of the row they
    /// come just before (``PackedRows/count`` for those after the last row), in order; only rows with
    /// some are listed.
    private(set) var findings: [(row: Int, found: [Diagnostic])] = []
    private var findingCount = 0

    /// An empty batch of rows from `file` (and `sheet`).
    init(file: String, sheet: String?) {
        rows = PackedRows(file: file, sheet: sheet, rows: RowBatchBuilder.batchSize)
    }

    /// Whether the batch holds as many rows as a batch takes (``RowBatchBuilder/batchSize``), or as many
    /// bytes (``RowBatchBuilder/batchBytes``, cells' ends and kinds counted): a file of huge cells, or of
    /// very many cells, makes short batches, so that memory is bounded by the batches in flight and the
    /// largest record, not by how large a batch of rows can be.
    /// It is full, too, once it holds as many findings as ``RowBatchBuilder/batchSize``.
    var isFull: Bool {
        rows.count >= RowBatchBuilder.batchSize || rows.footprint >= RowBatchBuilder.batchBytes
            || findingCount >= RowBatchBuilder.batchSize
    }

    /// Adds the data rows of `source` until the batch is full (``isFull``); returns whether `source` has
    /// ended.
    mutating func fill(from source: inout MappedSource) throws -> Bool {
        while !isFull {
            guard try appendNextRow(of: &source) else { return true }
        }
        return false
    }

    /// Adds the next data row of `source`, with what was found since the row before it, or only what
    /// rows skipped were found to be (``MappedSource/Step/findings``); `false` at the end.
    private mutating func appendNextRow(of source: inout MappedSource) throws -> Bool {
        let step = try source.appendNextDataRow(to: rows)
        guard step != .end else { return false }
        let found = source.takeDiagnostics()
        if !found.isEmpty {
            findings.append((step == .row ? rows.count - 1 : rows.count, found))
            findingCount += found.count
        }
        return true
    }

    /// Frees the batch's rows and `building`'s results on a worker thread once they are taken: the
    /// caller's thread, which reads and takes every row in order, is the one the pipeline waits on,
    /// and freeing a row's built record costs about as much as taking it.
    consuming func release(with building: consuming BuildingBatch) {
        let taken = TakenBatch(self, building)
        DispatchQueue.global().async { taken.free() }
    }
}

/// A taken batch on its way to a worker thread to be freed. The worker empties it, rather than only
/// dropping its reference, so the freeing happens there even when the caller's reference to the box
/// is the last to go.
private final class TakenBatch: @unchecked Sendable {
    private var contents: (batch: ReadBatch, building: BuildingBatch)?

    init(_ batch: consuming ReadBatch, _ building: consuming BuildingBatch) {
        contents = (batch, building)
    }

    /// Frees the rows and results; called once, on the worker thread.
    func free() {
        contents = nil
    }
}
