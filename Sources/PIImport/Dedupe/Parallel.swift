import Dispatch

/// Work spread over all cores, for the parts of matching that do not depend on order.
enum Parallel {
    /// `make(0)`, `make(1)`... `make(count - 1)` in order, computed on all cores in chunks of `chunk`
    /// (on the calling thread alone below two chunks).
    static func map<Element>(_ count: Int, chunk: Int, _ make: @Sendable (Int) -> Element) -> [Element] {
        guard count >= 2 * chunk else { return (0..<count).map(make) }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                    (output.baseAddress! + index).initialize(to: make(index))
                }
            }
            initialized = count
        }
    }
}
