#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of unfinished outputs, removed when the process is interrupted (Ctrl-C, cron's
/// SIGTERM, a closed terminal) so that an interrupted run leaves no litter beside its outputs.
///
/// ``AtomicFileWriter`` registers its temporary file while it is open. A command line tool calls
/// ``removeOnInterrupt()`` once at start; the handler only unlinks (async-signal-safe), then lets the
/// signal end the process as it would have.
public enum InterruptCleanup {
    /// How many temporary files can be open at once and still be cleaned up (outputs, reports, rejects).
    static let capacity = 64
    /// Paths as C strings. Slots are claimed and released under `lock`; the handler only reads them.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static var lock = pthread_mutex_t()
    private static let lockReady: Void = { pthread_mutex_init(&lock, nil) }()

    /// Removes the registered files on SIGINT, SIGTERM and SIGHUP, then dies of the signal. Call it before
    /// starting threads: it also unblocks those signals, which a parent process may have left blocked.
    public static func removeOnInterrupt() {
        _ = paths
        _ = lockReady
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            sigaddset(&unblocked, signalNumber)
            signal(signalNumber) { received in
                for slot in 0..<InterruptCleanup.capacity {
                    if let path = InterruptCleanup.paths[slot] { unlink(path) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Registers `path`; returns its slot, or nil when every slot is taken (the file is then only removed
    /// by the writer itself).
    static func register(_ path: String) -> Int? {
        _ = lockReady
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        for slot in 0..<capacity where paths[slot] == nil {
            paths[slot] = strdup(path)
            return slot
        }
        return nil
    }

    /// Forgets a registered file. The string is not freed: a handler running at this moment may still read
    /// it (a few bytes per output, for the life of the process).
    static func forget(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(&lock)
        paths[slot] = nil
        pthread_mutex_unlock(&lock)
    }
}
