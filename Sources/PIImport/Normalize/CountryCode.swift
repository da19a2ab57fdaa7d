/// Packed alpha-2 codes the normalizers switch on (see ``CountryNames/packedAlpha2(_:)``).
enum CountryCode {
    static let au: UInt16 = 0x4155
    static let nz: UInt16 = 0x4E5A
    static let gb: UInt16 = 0x4742
    static let uk: UInt16 = 0x554B
    static let us: UInt16 = 0x5553
    static let ca: UInt16 = 0x4341
}
