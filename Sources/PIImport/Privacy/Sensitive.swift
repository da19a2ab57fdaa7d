/// A value that must never be printed, logged or encoded: a tax number moved out of a row, for example.
///
/// - `description`, `debugDescription`, string interpolation, `print`, `dump` and `Mirror` all show
///   `<redacted>` and no children.
/// - It is deliberately **not** `Encodable`: a record holding one cannot be written as JSON by accident.
/// - Reading the value is explicit and easy to grep for: `sensitive.revealed`.
public struct Sensitive<Value>: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// What every textual rendering of a `Sensitive` shows.
    public static var redactedText: String { "<redacted>" }

    private let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// The wrapped value. Every use is a place where a secret leaves the wrapper: keep them few.
    public var revealed: Value { value }

    /// A sensitive value computed from this one.
    public func map<Other>(_ transform: (Value) throws -> Other) rethrows -> Sensitive<Other> {
        Sensitive<Other>(try transform(value))
    }

    public var description: String { Self.redactedText }

    public var debugDescription: String { "Sensitive(\(Self.redactedText))" }

    public var customMirror: Mirror {
        Mirror(self, children: EmptyCollection<Mirror.Child>(), displayStyle: .struct)
    }
}

extension Sensitive: Sendable where Value: Sendable {}
extension Sensitive: Equatable where Value: Equatable {}
extension Sensitive: Hashable where Value: Hashable {}
