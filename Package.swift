// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pi-import",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PIImport", targets: ["PIImport"]),
        .library(name: "PIImportStore", targets: ["PIImportStore"]),
        .executable(name: "pi-import", targets: ["pi-import"]),
        .executable(name: "pi-import-bench", targets: ["pi-import-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        .target(
            name: "PIImportStore",
            dependencies: ["PIImport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "pi-import",
            dependencies: [
                "PIImport",
                "PIImportStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pi-import-bench",
            dependencies: ["PIImport", "PIImportStore", "CPIImportZlib"]
        ),
        .testTarget(
            name: "PIImportTests",
            dependencies: ["PIImport", "CPIImportZlib"],
            exclude: ["EndToEnd/Goldens"]
        ),
        .testTarget(
            name: "PIImportStoreTests",
            dependencies: ["PIImportStore", "PIImport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
