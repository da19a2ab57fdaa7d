/// How workbooks are read: how much they may inflate to before reading stops (the guards against
/// zip bombs), and whether other threads parse and inflate the worksheet while this one takes its rows.
///
/// Sizes written in a ZIP's headers are never trusted; the limits count the bytes actually inflated.
public struct XLSXOptions: Sendable, Hashable {
    /// The most bytes one part (a worksheet, the shared strings) may inflate to.
    public var maxPartBytes: Int
    /// The most bytes all the parts read from one workbook may inflate to together.
    public var maxTotalBytes: Int
    /// The highest compression ratio accepted once ``ratioCheckAfterBytes`` have been inflated:
    /// a part that inflates to more than this many times the compressed bytes it consumed is a bomb.
    public var maxCompressionRatio: Int
    /// How many bytes of a part inflate before the ratio is checked (small parts compress very well).
    public var ratioCheckAfterBytes: Int
    /// When the machine has more than one processor, parse the worksheet on a second thread (and
    /// inflate it on a third) while the caller's thread reads the shared strings and takes the rows:
    /// about 30% fewer instructions on the slowest thread (see Benchmarks.md). The results are the
    /// same either way.
    public var inflatesInBackground: Bool

    public init(
        maxPartBytes: Int = 1 << 30, maxTotalBytes: Int = 4 << 30, maxCompressionRatio: Int = 100,
        ratioCheckAfterBytes: Int = 100 << 10, inflatesInBackground: Bool = true
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckAfterBytes = ratioCheckAfterBytes
        self.inflatesInBackground = inflatesInBackground
    }
}
