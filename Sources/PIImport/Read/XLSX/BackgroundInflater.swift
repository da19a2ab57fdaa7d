import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inflates a part on a second thread into a small ring of buffers, so that inflating (and the
/// CRC-32) runs beside the XML parser instead of before it. Errors arrive after the chunks before them.
final class BackgroundInflater {
    private let state: State
    private var thread: pthread_t?

    /// Whether a second thread can run at the same time as this one.
    static var isWorthwhile: Bool { sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1 }

    init(_ reader: ZipEntryReader, chunkSize: Int) throws {
        state = State(reader: reader, chunkSize: chunkSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(state).toOpaque()
        guard pthread_create(&thread, nil, { context in
            Unmanaged<State>.fromOpaque(context!).takeRetainedValue().produce()
            return nil
        }, context) == 0 else {
            Unmanaged<State>.fromOpaque(context).release()
            throw ImportError(.io, .readFailed, "could not start a thread to inflate the workbook")
        }
        self.thread = thread
    }

    deinit {
        state.cancel()
        if let thread { pthread_join(thread, nil) }
    }

    /// The next inflated chunk, valid until the next call; `nil` at the end of the part.
    func next() throws -> UnsafeRawBufferPointer? {
        try state.consume()
    }

    /// What both threads share, behind one mutex.
    private final class State: @unchecked Sendable {
        private let reader: ZipEntryReader
        private let buffers: [UnsafeMutableRawBufferPointer]
        private var counts: [Int]
        private let signal = NSCondition()
        private var filled = 0
        private var produced = 0
        private var consumed = 0
        private var holding = false
        private var failure: (any Error)?
        private var ended = false
        private var cancelled = false

        init(reader: ZipEntryReader, chunkSize: Int) {
            self.reader = reader
            buffers = (0..<3).map { _ in .allocate(byteCount: chunkSize, alignment: 16) }
            counts = [Int](repeating: 0, count: buffers.count)
        }

        deinit {
            buffers.forEach { $0.deallocate() }
        }

        /// The second thread: fills free buffers until the part ends, fails, or the reader goes away.
        func produce() {
            while true {
                signal.lock()
                while filled + (holding ? 1 : 0) == buffers.count, !cancelled { signal.wait() }
                let slot = produced % buffers.count
                let stop = cancelled
                signal.unlock()
                if stop { return }
                let count: Int
                do {
                    count = try reader.read(into: buffers[slot])
                } catch {
                    signal.lock()
                    failure = error
                    signal.broadcast()
                    signal.unlock()
                    return
                }
                signal.lock()
                counts[slot] = count
                produced += 1
                filled += 1
                signal.broadcast()
                signal.unlock()
                if count == 0 { return }
            }
        }

        func consume() throws -> UnsafeRawBufferPointer? {
            signal.lock()
            defer { signal.unlock() }
            if holding {
                holding = false
                signal.broadcast()
            }
            while filled == 0, failure == nil, !ended { signal.wait() }
            if filled == 0, let failure { throw failure }
            guard filled > 0 else { return nil }
            let slot = consumed % buffers.count
            consumed += 1
            filled -= 1
            guard counts[slot] > 0 else {
                ended = true
                return nil
            }
            holding = true
            return UnsafeRawBufferPointer(rebasing: buffers[slot][0..<counts[slot]])
        }

        func cancel() {
            signal.lock()
            cancelled = true
            signal.broadcast()
            signal.unlock()
        }
    }
}
