/// Where finished client records go: a JSON Lines file, Ignition's import CSV, or memory.
///
/// A run writes every record, then either ``finish()``es (the output appears complete) or ``abort()``s
/// (the output never appears; a previous file of the same name is kept).
public protocol RecordSink: AnyObject {
    /// Writes one record.
    func write(_ record: ClientRecord) throws
    /// Commits the output.
    func finish() throws
    /// Discards the output; safe to call more than once, and after ``finish()``.
    func abort()
}
