#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the previous file or the complete new one, never half of one.
///
/// The bytes go to a temporary file beside the destination (`.NAME.pi-import-RANDOM.tmp`, created with
/// `O_EXCL` and mode 0644 less the umask), buffered in chunks of at least 64 KiB. ``finish()`` flushes,
/// `fsync`s and `rename`s it over the destination, then syncs the directory. ``abort()``, a failed write,
/// or dropping the writer without finishing removes the temporary file and leaves any previous
/// destination untouched; so does an interrupt, in a tool that calls ``InterruptCleanup/removeOnInterrupt()``.
///
/// Errors are ``ImportError``s positioned at the destination path: ``ImportError/Kind/cannotCreate``
/// (exit 73, code `cannot-create`) when the file cannot be created, ``ImportError/Kind/io`` (exit 74,
/// code `write-failed`) when writing or syncing fails.
public final class AtomicFileWriter: ByteOutput {
    /// The destination, as the caller named it.
    public let path: String
    /// The temporary file the bytes go to until ``finish()``.
    public let temporaryPath: String

    private enum State {
        case open(descriptor: Int32)
        case finished
        case aborted
    }

    private var state: State
    /// The temporary file's slot in ``InterruptCleanup``.
    private var cleanupSlot: Int?
    private var buffer: [UInt8] = []
    private let flushThreshold: Int

    /// The smallest buffer the writer uses, whatever the caller asks for.
    public static let minimumBufferSize = 1 << 16

    /// Creates the temporary file for `path`.
    ///
    /// - Throws: `ImportError(.cannotCreate, .cannotCreate)` when the directory is missing or not writable,
    ///   or the destination is a directory.
    public init(path: String, bufferSize: Int = 1 << 16) throws {
        self.path = path
        flushThreshold = max(bufferSize, Self.minimumBufferSize)
        let (directory, name) = Self.split(path)
        guard !name.isEmpty else {
            throw Self.error(.cannotCreate, .cannotCreate, "cannot create output: is a directory", path)
        }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw Self.error(.cannotCreate, .cannotCreate, "cannot create output: is a directory", path)
        }
        var generator = SystemRandomNumberGenerator()
        var attempt = 0
        while true {
            let suffix = String(generator.next() as UInt64, radix: 16)
            // The name is shortened so that the temporary name stays within NAME_MAX (255 bytes).
            let candidate = directory + "." + Self.prefix(name, maxBytes: 200) + ".pi-import-" + suffix + ".tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                temporaryPath = candidate
                state = .open(descriptor: descriptor)
                cleanupSlot = InterruptCleanup.register(candidate)
                break
            }
            let code = errno
            attempt += 1
            if code == EINTR || (code == EEXIST && attempt < 100) { continue }
            throw Self.error(.cannotCreate, .cannotCreate, "cannot create output: \(Self.reason(code))", path)
        }
        buffer.reserveCapacity(flushThreshold * 2)
    }

    deinit {
        abort()
    }

    /// Appends bytes through `body`; writes them out once the buffer holds at least the buffer size.
    public func write(_ body: (inout [UInt8]) -> Void) throws {
        guard case .open = state else {
            throw Self.error(.io, .writeFailed, "cannot write output: already finished or aborted", path)
        }
        body(&buffer)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes what is buffered, syncs the file to disk and renames it over the destination.
    /// Calling it again after success does nothing.
    public func finish() throws {
        let descriptor: Int32
        switch state {
        case .finished: return
        case .aborted: throw Self.error(.io, .writeFailed, "cannot finish output: aborted", path)
        case .open(let open): descriptor = open
        }
        try flush()
        defer { InterruptCleanup.forget(cleanupSlot) }
        while fsync(descriptor) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EINVAL || code == EROFS { break }  // a file system without fsync (a pipe, some FUSE mounts)
            throw fail(code, "cannot sync output")
        }
        state = .aborted
        if close(descriptor) != 0, errno != EINTR {
            let code = errno
            unlink(temporaryPath)
            throw Self.error(.io, .writeFailed, "cannot write output: \(Self.reason(code))", path)
        }
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw Self.error(.cannotCreate, .cannotCreate, "cannot create output: \(Self.reason(code))", path)
        }
        state = .finished
        syncDirectory()
    }

    /// Removes the temporary file; the destination keeps whatever it held before.
    public func abort() {
        guard case .open(let descriptor) = state else { return }
        close(descriptor)
        unlink(temporaryPath)
        InterruptCleanup.forget(cleanupSlot)
        buffer = []
        state = .aborted
    }

    /// Makes the open temporary file's descriptor refer to `descriptor`'s file instead (`dup2`), so that a
    /// test can make writes fail (`/dev/full`). The temporary file stays where it is, to be removed.
    func replaceDescriptorForTesting(with descriptor: Int32) -> Bool {
        guard case .open(let own) = state else { return false }
        return dup2(descriptor, own) == own
    }

    // MARK: - Private

    private func flush() throws {
        guard case .open(let descriptor) = state else { return }
        var failure: Int32?
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw fail(failure, "cannot write output") }
    }

    /// Removes the temporary file and gives the write error to throw.
    private func fail(_ code: Int32, _ what: String) -> ImportError {
        abort()
        return Self.error(.io, .writeFailed, "\(what): \(Self.reason(code))", path)
    }

    private func syncDirectory() {
        let (directory, _) = Self.split(path)
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The directory part (with its trailing slash, or empty) and the file name.
    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The longest prefix of `name`, in whole characters, of at most `maxBytes` UTF-8 bytes.
    private static func prefix(_ name: String, maxBytes: Int) -> String {
        var bytes = 0
        var end = name.startIndex
        for character in name {
            bytes += character.utf8.count
            if bytes > maxBytes { break }
            end = name.index(after: end)
        }
        return String(name[..<end])
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static func error(_ kind: ImportError.Kind, _ code: DiagnosticCode, _ message: String, _ path: String)
        -> ImportError
    {
        ImportError(kind, code, message, at: SourcePosition(file: path))
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
