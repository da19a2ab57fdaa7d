import ArgumentParser
import PIImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writing to standard output; a closed pipe ends the process quietly.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16

    init() {
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// Appends bytes through `body`, flushing once enough have gathered.
    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= flushThreshold { flush() }
    }

    mutating func write(_ text: String) {
        write { $0.append(contentsOf: text.utf8) }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    StandardError.write("pi-import: error writing output: \(String(cString: strerror(errno)))\n")
                    exit(74)
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Unbuffered writing to standard error, for diagnostics.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = systemWrite(2, bytes.baseAddress, bytes.count)
        }
    }

    static func report(_ diagnostic: Diagnostic) {
        write("\(diagnostic)\n")
    }
}

extension ImportError {
    /// Reports the error on standard error and gives the exit code a command throws.
    func reportedExit() -> ExitCode {
        StandardError.write("\(self)\n")
        return ExitCode(kind.exitStatus)
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
