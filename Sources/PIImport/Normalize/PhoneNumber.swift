/// A phone number as normalized: the number (E.164 such as `+61290001111`, a national-only form such as
/// `1300 123 456`, or the cell kept as given) and its extension, held apart so the number stays diallable.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number. E.164 when it could be formatted; otherwise see the notes that came with it.
    public var number: String
    /// The extension's digits (`123` from `x123` or `ext. 123`), or `nil`.
    public var extensionNumber: String?

    public init(_ number: String, extensionNumber: String? = nil) {
        self.number = number
        self.extensionNumber = extensionNumber
    }

    /// `+61290001111`, or `+61290001111 x123` with an extension.
    public var description: String {
        extensionNumber.map { "\(number) x\($0)" } ?? number
    }
}
