/// Where a writer's bytes go: a file written atomically (``AtomicFileWriter``) or memory (``MemoryOutput``).
///
/// Writers append straight into the output's buffer, so serialising a record copies its bytes once.
public protocol ByteOutput: AnyObject {
    /// Appends bytes through `body`; the output flushes when enough have gathered.
    func write(_ body: (inout [UInt8]) -> Void) throws
    /// Commits everything written.
    func finish() throws
    /// Discards everything written; safe to call more than once, and after ``finish()``.
    func abort()
}

extension ByteOutput {
    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws {
        try write { $0.append(contentsOf: text.utf8) }
    }
}
