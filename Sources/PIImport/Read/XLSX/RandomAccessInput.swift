#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads at any offset of a file (with `pread`) or of bytes in memory, for tests.
final class RandomAccessInput {
    private enum Storage {
        case descriptor(Int32)
        case memory([UInt8])
    }

    private let storage: Storage
    /// How messages refer to the file.
    let name: String
    /// The size in bytes.
    let size: Int

    /// Opens `path` for reading.
    init(path: String, name: String) throws {
        self.name = name
        let (descriptor, size) = try ByteInput.openForReading(path: path, name: name)
        storage = .descriptor(descriptor)
        self.size = size
    }

    init(bytes: [UInt8], name: String) {
        self.name = name
        storage = .memory(bytes)
        size = bytes.count
    }

    deinit {
        if case .descriptor(let descriptor) = storage { close(descriptor) }
    }

    /// Fills `buffer` from `offset` on; returns how many bytes it read, fewer at the end of the file.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, offset >= 0, offset < size else { return 0 }
        switch storage {
        case .descriptor(let descriptor):
            var total = 0
            while total < buffer.count {
                let count = pread(descriptor, base + total, buffer.count - total, off_t(offset + total))
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    throw ImportError(.io, .readFailed, "read failed: \(reason)", at: SourcePosition(file: name))
                }
                total += count
            }
            return total
        case .memory(let bytes):
            let count = min(buffer.count, size - offset)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
            }
            return count
        }
    }

    /// Up to `count` bytes from `offset`; fewer at the end of the file.
    func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        let wanted = max(0, min(count, size - offset))
        var result = [UInt8](repeating: 0, count: wanted)
        let read = try result.withUnsafeMutableBytes { try self.read(at: offset, into: $0) }
        result.removeSubrange(read...)
        return result
    }
}

extension Array where Element == UInt8 {
    /// The little-endian integer of `width` bytes at `offset`; 0 where the bytes run out.
    /// Callers check lengths first; this never traps on short input.
    func littleEndian(at offset: Int, width: Int) -> UInt64 {
        guard offset >= 0, width <= 8, offset <= count - width else { return 0 }
        var value: UInt64 = 0
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            value = value << 8 | UInt64(self[index])
        }
        return value
    }

    func uint16(at offset: Int) -> Int { Int(littleEndian(at: offset, width: 2)) }
    func uint32(at offset: Int) -> Int { Int(littleEndian(at: offset, width: 4)) }
    /// A 64-bit size or offset, clamped to 2^62 so that sums of two never overflow.
    func uint64(at offset: Int) -> Int { Int(Swift.min(littleEndian(at: offset, width: 8), 1 << 62)) }
}
