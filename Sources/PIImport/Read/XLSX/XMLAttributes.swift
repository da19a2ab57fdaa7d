/// The attributes libxml2's SAX2 `startElementNs` passes: five pointers each
/// (local name, prefix, namespace URI, value start, value end); values are not NUL-terminated.
struct XMLAttributes {
    private let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    private let count: Int

    init(_ base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int32) {
        self.base = base
        self.count = Int(count)
    }

    /// The value of the attribute with local name `name`: unprefixed, or (`namespaced`) in any namespace.
    func value(_ name: StaticString, namespaced: Bool = false) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let attribute = base + index * 5
            guard XMLName.matches(attribute[0], name), (attribute[2] != nil) == namespaced,
                let start = attribute[3], let end = attribute[4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// Calls `body` with each unprefixed attribute's local name (NUL-terminated) and value.
    @inline(__always)
    func forEach(_ body: (UnsafePointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base else { return }
        for index in 0..<count {
            let attribute = base + index * 5
            guard attribute[2] == nil, let name = attribute[0], let start = attribute[3], let end = attribute[4] else { continue }
            body(name, UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    func string(_ name: StaticString, namespaced: Bool = false) -> String? {
        value(name, namespaced: namespaced).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A non-negative decimal attribute; `nil` if absent or not a number, capped at `Int32.max`.
    func integer(_ name: StaticString) -> Int? {
        value(name).flatMap(XMLName.decimal)
    }

    /// `true` for `1`/`true`, `false` for anything else (`0`, `false`, absent).
    func flag(_ name: StaticString) -> Bool {
        guard let text = string(name) else { return false }
        return text == "1" || text.lowercased() == "true"
    }
}

/// Comparing libxml2's NUL-terminated names with literals, and reading small numbers from bytes.
enum XMLName {
    @inline(__always)
    static func matches(_ name: UnsafePointer<UInt8>?, _ literal: StaticString) -> Bool {
        guard let name else { return false }
        let bytes = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        // `name` ends with NUL, so a shorter name stops the loop before reading past it.
        for index in 0..<count where name[index] != bytes[index] { return false }
        return name[count] == 0
    }

    /// Decimal digits (ASCII spaces around them allowed) as a number up to `Int32.max`; otherwise `nil`.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var value = 0
        var index = 0
        while index < count, base[index] == 0x20 { index += 1 }
        let start = index
        while index < count {
            let digit = base[index] &- 0x30
            guard digit < 10 else { break }
            value = value * 10 + Int(digit)
            guard value <= Int(Int32.max) else { return nil }
            index += 1
        }
        let digits = index - start
        while index < count, base[index] == 0x20 { index += 1 }
        return digits > 0 && index == count ? value : nil
    }
}
