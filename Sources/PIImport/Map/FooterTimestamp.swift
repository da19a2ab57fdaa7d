/// Recognises the timestamp line report exports end with, such as QuickBooks'
/// `Wednesday, September 30, 2026 11:11 AM GMT+10:00`.
enum FooterTimestamp {
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// - Parameter lower: the trimmed, lower-cased text.
    static func matches(_ lower: String) -> Bool {
        guard weekdays.contains(where: { lower.hasPrefix($0) }) else { return false }
        let hasYear = lower.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
        let hasTime = lower.contains(":")
        return hasYear && hasTime
    }
}
