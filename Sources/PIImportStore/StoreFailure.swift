import GRDB
import PIImport

extension DiagnosticCode {
    /// The store cannot be opened, read or written (not a store, no permission, disk full). Exit status 73.
    public static let storeFailed: Self = "store-failed"
    /// Another run is writing to the store; a nightly job retries later. Exit status 75.
    public static let storeBusy: Self = "store-busy"
}

/// Turns SQLite's errors into ``ImportError``s that name the store, never quoting a statement's values.
enum StoreFailure {
    static func error(_ error: any Error, path: String, doing: String) -> ImportError {
        if let error = error as? ImportError { return error }
        if let error = error as? DatabaseError,
            error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        {
            return ImportError(
                .busy, .storeBusy, "\(path): the store is busy (another run is writing to it); try again later",
                cause: error)
        }
        let reason = (error as? DatabaseError)?.message ?? "\(error)"
        return ImportError(
            .cannotCreate, .storeFailed, "\(path): cannot \(doing) the store: \(reason)", cause: error as? DatabaseError)
    }
}
