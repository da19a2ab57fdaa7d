/// The cleaned values of one row, by field slot (``ClientField/slot``): each field's first value sits in
/// its own slot, found without a scan; the later values of the fields that take several (address lines,
/// tags, notes) follow in a short list, in column order. Values are whole cells: address lines and tags
/// are split into lines and tags only when ``all(_:)`` reads them. A bit per slot says which slots are
/// filled.
///
/// Made once per chunk of rows a worker takes and cleared per row (``clear()``), so its storage is
/// allocated once a chunk, not per row.
struct RowValues {
    private static let slotCount = 64
    /// Each slot's first value; read only where `filled` has the slot's bit (a cleared slot keeps its
    /// old value until it is filled again).
    private var firsts: [String]
    private var filled: UInt64 = 0
    /// The second and later values of a slot, in the order they were added.
    private var later: [(slot: Int, value: String)] = []
    private var hasLater: UInt64 = 0

    init() {
        firsts = Array(repeating: "", count: Self.slotCount)
        later.reserveCapacity(8)
    }

    /// Forgets every value, keeping the storage for the next row.
    mutating func clear() {
        filled = 0
        hasLater = 0
        later.removeAll(keepingCapacity: true)
    }

    /// Adds a value to the field whose ``ClientField/slot`` is `slot`. Address lines and tags are kept
    /// as given and split when read (``all(_:)``): only a whole record reads them.
    mutating func add(_ value: String, slot: Int) {
        let bit: UInt64 = 1 << slot
        if filled & bit == 0 {
            filled |= bit
            firsts[slot] = value
        } else {
            hasLater |= bit
            later.append((slot, value))
        }
    }

    /// Appends `value` to `values`, split as its field's values are: address lines at line breaks, tags
    /// at `,` and `;` (each trimmed, empty ones left out).
    private static func split(_ value: String, slot: Int, into values: inout [String]) {
        switch slot {
        case ClientField.address(.lines).slot, ClientField.postalAddress(.lines).slot:
            guard StringBytes.contains(value, 0x0A) else { return values.append(value) }
            for line in value.split(separator: "\n") { values.append(String(line)) }
        case ClientField.tags.slot:
            if appendASCIITags(value, to: &values) { return }
            guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x3B }) else { return values.append(value) }
            for tag in value.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let trimmed = String(tag).trimmingWhitespace()
                if !trimmed.isEmpty { values.append(trimmed) }
            }
        default:
            values.append(value)
        }
    }

    /// Appends the tags of an ASCII `value`, split at `,` and `;`, each trimmed, empty ones left out, byte
    /// by byte; false (nothing appended) when `value` is not ASCII.
    private static func appendASCIITags(_ value: String, to values: inout [String]) -> Bool {
        StringBytes.withBytes(value) { bytes in
            guard StringBytes.isASCII(bytes) else { return false }
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x3B }) else {
                values.append(value)
                return true
            }
            // White space as `trimmingWhitespace()` has it, in ASCII: tab, line breaks and space.
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2C || bytes[end] == 0x3B {
                var lower = start
                var upper = end
                while lower < upper, isSpace(bytes[lower]) { lower += 1 }
                while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
                if lower < upper {
                    values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
                }
                start = end + 1
            }
            return true
        }
    }

    /// The field's first value; address lines and tags are read with ``all(_:)``, which splits them.
    @inline(__always)
    func first(_ field: ClientField) -> String? {
        let slot = field.slot
        return filled & 1 << slot != 0 ? firsts[slot] : nil
    }

    /// The field's values in column order, address lines and tags split.
    func all(_ field: ClientField) -> [String] {
        let slot = field.slot
        let bit: UInt64 = 1 << slot
        guard filled & bit != 0 else { return [] }
        var values: [String] = []
        Self.split(firsts[slot], slot: slot, into: &values)
        guard hasLater & bit != 0 else { return values }
        for entry in later where entry.slot == slot { Self.split(entry.value, slot: slot, into: &values) }
        return values
    }

    /// The street or postal address, nil when no part is filled in.
    func address(postal: Bool) -> Address? {
        func part(_ part: ClientField.AddressPart) -> ClientField {
            postal ? .postalAddress(part) : .address(part)
        }
        // The five parts' slots follow each other from the lines' slot: nil when the other four are
        // empty and the lines split into none.
        let lines = all(part(.lines))
        guard !lines.isEmpty || filled & 0x1E << part(.lines).slot != 0 else { return nil }
        return Address(
            lines: lines, city: first(part(.city)), region: first(part(.region)),
            postcode: first(part(.postcode)), country: first(part(.country)))
    }
}
