import Foundation

/// Where tests find the package's files and the shared corpora (beside the package, never copied in).
enum TestPaths {
    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func sharedTestData(_ relative: String) -> URL {
        packageRoot.appendingPathComponent("../shared/testdata").appendingPathComponent(relative).standardized
    }

    static func samples(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Samples").appendingPathComponent(name)
    }
}
