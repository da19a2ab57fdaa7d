#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutex and the condition threads wait on under it: what the XLSX reader's threads hand work over with.
/// Waiters re-check their own condition in a loop; every change is announced with ``broadcast()``.
final class ThreadSignal: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        pthread_cond_destroy(changed)
        mutex.deallocate()
        changed.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Releases the mutex until another thread broadcasts, then holds it again; call with the mutex held.
    func wait() { pthread_cond_wait(changed, mutex) }

    /// Wakes every waiting thread; call with the mutex held.
    func broadcast() { pthread_cond_broadcast(changed) }
}
