import CPIImportZlib

/// Writes a ZIP archive entry by entry, deflating each as it is written (sizes and CRC-32 go in a
/// data descriptor after the data, as streaming writers do), so a large workbook never sits in memory.
struct ZipStreamWriter {
    private var file: FileWriter
    private var offset = 0
    private var central: [UInt8] = []
    private var entries = 0
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: [UInt8] = []
    private var output = [UInt8](repeating: 0, count: 1 << 20)
    private var name: [UInt8] = []
    private var entryOffset = 0
    private var crc: UInt = 0
    private var inflatedSize = 0
    private var compressedSize = 0

    init(path: String) {
        file = FileWriter(path: path)
        stream = .allocate(capacity: 1)
        input.reserveCapacity(1 << 20)
    }

    /// Starts the entry `name`.
    mutating func begin(_ name: String) {
        self.name = Array(name.utf8)
        entryOffset = offset
        crc = 0
        inflatedSize = 0
        compressedSize = 0
        stream.initialize(to: z_stream())
        precondition(cpiimport_deflateInit2(stream, 6, -15) == Z_OK)
        emit(header(0x0403_4B50, local: true))
    }

    /// Appends text to the current entry.
    mutating func write(_ text: String) {
        input.append(contentsOf: text.utf8)
        if input.count >= 1 << 20 { deflateInput(finish: false) }
    }

    /// Ends the current entry.
    mutating func end() {
        deflateInput(finish: true)
        deflateEnd(stream)
        emit(Self.le(0x0807_4B50, 4) + Self.le(Int(crc), 4) + Self.le(compressedSize, 4) + Self.le(inflatedSize, 4))
        central += header(0x0201_4B50, local: false)
        entries += 1
    }

    /// Writes the central directory and closes the file.
    mutating func close() {
        let directoryOffset = offset
        emit(central)
        emit(
            Self.le(0x0605_4B50, 4) + Self.le(0, 4) + Self.le(entries, 2) + Self.le(entries, 2)
                + Self.le(central.count, 4) + Self.le(directoryOffset, 4) + Self.le(0, 2))
        file.close()
        stream.deallocate()
    }

    private mutating func deflateInput(finish: Bool) {
        crc = input.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, UInt32($0.count)) }
        inflatedSize += input.count
        var pending: [UInt8] = []
        swap(&pending, &input)
        pending.withUnsafeMutableBufferPointer { source in
            stream.pointee.next_in = source.baseAddress
            stream.pointee.avail_in = UInt32(source.count)
            while true {
                let (status, produced) = output.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(target.count)
                    let status = deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    return (status, target.count - Int(stream.pointee.avail_out))
                }
                compressedSize += produced
                emit(Array(output[0..<produced]))
                if finish ? status == Z_STREAM_END : stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { break }
            }
        }
        pending.removeAll(keepingCapacity: true)
        swap(&pending, &input)
    }

    private func header(_ signature: Int, local: Bool) -> [UInt8] {
        let sizes = local ? Self.le(0, 12) : Self.le(Int(crc), 4) + Self.le(compressedSize, 4) + Self.le(inflatedSize, 4)
        var bytes = Self.le(signature, 4)
        if !local { bytes += Self.le(20, 2) }
        bytes += Self.le(20, 2) + Self.le(0x0808, 2) + Self.le(8, 2) + Self.le(0, 4) + sizes + Self.le(name.count, 2) + Self.le(0, 2)
        if !local { bytes += Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 2) + Self.le(0, 4) + Self.le(entryOffset, 4) }
        return bytes + name
    }

    private mutating func emit(_ bytes: [UInt8]) {
        file.write(bytes)
        offset += bytes.count
    }

    private static func le(_ value: Int, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
