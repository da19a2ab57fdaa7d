/// Byte classes as 128-bit masks, two instructions a test.
enum ASCIIClass {
    // Computed, not stored: a stored `static let` is initialised lazily and every read checks for it.

    /// RFC 5322 atext and `.`: letters, digits, ``!#$%&'*+-/=?^_`{|}~.``.
    @inline(__always) static var atext: (UInt64, UInt64) { (0xA3FF_ECFA_0000_0000, 0x7FFF_FFFF_C7FF_FFFE) }
    /// Host-name bytes: letters, digits, `-`.
    @inline(__always) static var domain: (UInt64, UInt64) { (0x03FF_2000_0000_0000, 0x07FF_FFFE_07FF_FFFE) }

    @inline(__always)
    static func contains(_ mask: (UInt64, UInt64), _ byte: UInt8) -> Bool {
        if byte < 64 { return mask.0 >> byte & 1 != 0 }
        if byte < 128 { return mask.1 >> (byte &- 64) & 1 != 0 }
        return false
    }

    @inline(__always) static func isAtext(_ byte: UInt8) -> Bool { contains(atext, byte) }
    @inline(__always) static func isDomain(_ byte: UInt8) -> Bool { contains(domain, byte) }
}
