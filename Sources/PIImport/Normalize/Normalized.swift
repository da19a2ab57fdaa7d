/// The result of normalizing one cell: the canonical value and what the normalizer changed or could not do.
///
/// Every normalizer in this folder returns this shape. A value that needed nothing comes back as it was
/// given, with no notes, and without allocating. Notes report guesses, losses and failures (a leading
/// zero put back, a second address dropped, a number left unformatted); routine canonical formatting
/// (trimming, a lower-cased domain, E.164 spacing) is not reported, or every cell of a file would carry one.
public struct Normalized<Value> {
    /// The canonical value, or the input kept as given (trimmed) when it could not be normalized.
    public var value: Value
    /// What happened, in the order the normalizer found it. Empty in the common case.
    public var notes: [NormalizationNote]

    @inlinable
    public init(_ value: Value, notes: [NormalizationNote] = []) {
        self.value = value
        self.notes = notes
    }

    /// The most severe note, or `nil` when there are none.
    public var severity: Diagnostic.Severity? {
        notes.lazy.map(\.severity).max()
    }

    /// Whether a note has the given code.
    public func has(_ code: DiagnosticCode) -> Bool {
        notes.contains { $0.code == code }
    }
}

extension Normalized: Sendable where Value: Sendable {}
extension Normalized: Equatable where Value: Equatable {}
extension Normalized: Hashable where Value: Hashable {}
