#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sequential reads from a file descriptor (or from memory, for tests), in caller-sized chunks.
final class ByteInput {
    private enum Source {
        case descriptor(Int32)
        case memory([UInt8], position: Int)
    }

    private var source: Source
    let name: String

    /// Opens `path` for reading; `name` is how messages refer to it.
    init(path: String, name: String) throws {
        self.name = name
        source = .descriptor(try Self.openForReading(path: path, name: name).descriptor)
    }

    /// Opens a regular file for reading: its descriptor and size. A missing file or a directory is a
    /// `cannot-open` error naming the file.
    static func openForReading(path: String, name: String) throws -> (descriptor: Int32, size: Int) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw ImportError(.cannotOpen, .cannotOpen, "cannot open: \(reason)", at: SourcePosition(file: name))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw ImportError(.cannotOpen, .cannotOpen, "cannot open: is a directory", at: SourcePosition(file: name))
        }
        return (descriptor, Int(status.st_size))
    }

    init(bytes: [UInt8], name: String) {
        self.name = name
        source = .memory(bytes, position: 0)
    }

    deinit {
        if case .descriptor(let descriptor) = source { close(descriptor) }
    }

    /// Fills up to `buffer.count` bytes; returns 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        switch source {
        case .descriptor(let descriptor):
            while true {
                let count = systemRead(descriptor, base, buffer.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw ImportError(.io, .readFailed, "read failed: \(reason)", at: SourcePosition(file: name))
            }
        case .memory(let bytes, let position):
            let count = min(buffer.count, bytes.count - position)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
            }
            self.source = .memory(bytes, position: position + count)
            return count
        }
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
#endif
