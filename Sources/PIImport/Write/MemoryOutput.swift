/// A ``ByteOutput`` that keeps the bytes in memory: for tests, and for renderings held as a `String`.
public final class MemoryOutput: ByteOutput {
    /// Everything written so far (emptied by ``abort()``).
    public private(set) var bytes: [UInt8] = []
    /// Whether ``finish()`` was called (and ``abort()`` was not).
    public private(set) var isFinished = false

    public init() {}

    public func write(_ body: (inout [UInt8]) -> Void) throws {
        body(&bytes)
    }

    public func finish() throws {
        isFinished = true
    }

    public func abort() {
        bytes = []
        isFinished = false
    }

    /// The bytes as UTF-8 text.
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
