/// An element of the arrays ``CSVReader`` hands out, made from one field: a `String`, or a ``Cell``.
protocol RecordElement {
    /// The element for a field of text `field`.
    init(field: consuming String)

    /// The string `element` holds, in place, for ``StringStorageReuse``; `nil` when it holds no text.
    static func text(in element: UnsafeMutablePointer<Self>) -> UnsafeMutablePointer<String>?
}

extension String: RecordElement {
    @inline(__always)
    init(field: consuming String) { self = field }

    @inline(__always)
    static func text(in element: UnsafeMutablePointer<String>) -> UnsafeMutablePointer<String>? { element }
}

extension Cell: RecordElement {
    @inline(__always)
    init(field: consuming String) { self = .text(field) }

    /// The payload of `.text`, which an enum keeps at its start (``StringStorageReuse/isAvailable`` checks it).
    @inline(__always)
    static func text(in element: UnsafeMutablePointer<Cell>) -> UnsafeMutablePointer<String>? {
        guard case .text = element.pointee else { return nil }
        return UnsafeMutableRawPointer(element).assumingMemoryBound(to: String.self)
    }
}
