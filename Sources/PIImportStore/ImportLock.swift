#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import PIImport

/// The one-writer lock of a store, held for a whole import: read the store, match, save. Two imports
/// that overlapped would both decide against the store as it was before either saved, and create the
/// same new client twice; the second one exits 75 (try again later) instead. An advisory `flock` on
/// `STORE.lock`, released when the lock is released or the process ends, however it ends.
public final class ImportLock {
    private var descriptor: Int32

    /// Takes the lock of the store at `storePath`, without waiting.
    /// - Throws: ``ImportError`` `store-busy` (exit 75) when another import holds it; `store-failed`
    ///   (exit 73) when the lock file cannot be created.
    public init(storePath: String) throws(ImportError) {
        let path = storePath + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ImportError(.cannotCreate, .storeFailed, "\(path): cannot create the store's lock: \(reason)")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw ImportError(
                .busy, .storeBusy, "\(storePath): another import is writing to the store; try again later")
        }
    }

    /// Releases the lock; safe to call more than once.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
