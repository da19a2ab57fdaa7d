// MARK: - Writing outputs

extension DiagnosticCode {
    /// An output file (or its temporary file) cannot be created: a missing directory, no permission,
    /// a directory in the way. Exit status 73.
    public static let cannotCreate: Self = "cannot-create"
    /// Writing, syncing or renaming an output failed part-way (disk full, I/O error). Exit status 74.
    public static let writeFailed: Self = "write-failed"
}
