// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pi-import",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PIImport", targets: ["PIImport"]),
        .executable(name: "pi-import", targets: ["pi-import"]),
        .executable(name: "pi-import-bench", targets: ["pi-import-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPIImportZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CPIImportXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "PIImport",
            dependencies: [
                "CPIImportZlib",
                "CPIImportXML2",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "pi-import",
            dependencies: [
                "PIImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pi-import-bench",
            dependencies: ["PIImport", "CPIImportZlib"]
        ),
        .testTarget(
            name: "PIImportTests",
            dependencies: ["PIImport", "CPIImportZlib"],
            exclude: ["EndToEnd/Goldens"]
        ),
    ]
)
