import Foundation
import Testing

/// Compares JSON output with the JSON Schemas in `Schemas/`: key by key in Swift, and through
/// Python's jsonschema (`scripts/validate-json.py`).
enum SchemaCheck {
    static func schema(_ name: String) throws -> [String: Any] {
        let url = TestPaths.packageRoot.appendingPathComponent("Schemas").appendingPathComponent(name)
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// Every property path the schema declares (`contacts[].email`), following `$ref`s into `$defs`.
    static func declaredPaths(_ schema: [String: Any]) -> Set<String> {
        var paths: Set<String> = []
        collectDeclared(schema, root: schema, path: "", into: &paths)
        return paths
    }

    /// The property paths `value` emits, and those the schema does not declare.
    static func emittedPaths(_ value: Any, schema: [String: Any]) -> (emitted: Set<String>, undeclared: [String]) {
        var emitted: Set<String> = []
        var undeclared: [String] = []
        collectEmitted(value, node: schema, root: schema, path: "", emitted: &emitted, undeclared: &undeclared)
        return (emitted, undeclared.sorted())
    }

    private static func resolve(_ node: [String: Any], root: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return node }
        let name = String(reference.dropFirst("#/$defs/".count))
        let definitions = root["$defs"] as? [String: Any] ?? [:]
        return resolve(definitions[name] as? [String: Any] ?? [:], root: root)
    }

    private static func collectDeclared(_ node: [String: Any], root: [String: Any], path: String, into paths: inout Set<String>) {
        let node = resolve(node, root: root)
        if let properties = node["properties"] as? [String: Any] {
            for (key, child) in properties {
                let childPath = path.isEmpty ? key : path + "." + key
                paths.insert(childPath)
                collectDeclared(child as? [String: Any] ?? [:], root: root, path: childPath, into: &paths)
            }
        }
        if let items = node["items"] as? [String: Any] {
            collectDeclared(items, root: root, path: path + "[]", into: &paths)
        }
    }

    private static func collectEmitted(
        _ value: Any, node: [String: Any], root: [String: Any], path: String, emitted: inout Set<String>,
        undeclared: inout [String]
    ) {
        let node = resolve(node, root: root)
        if let object = value as? [String: Any] {
            let properties = node["properties"] as? [String: Any]
            for (key, child) in object {
                let childPath = path.isEmpty ? key : path + "." + key
                if let schema = properties?[key] as? [String: Any] {
                    emitted.insert(childPath)
                    collectEmitted(child, node: schema, root: root, path: childPath, emitted: &emitted, undeclared: &undeclared)
                } else if properties == nil, node["additionalProperties"] is [String: Any] {
                    continue  // a map, such as `suppressed`: its keys are data, not names
                } else {
                    undeclared.append(childPath)
                }
            }
        } else if let array = value as? [Any] {
            let items = node["items"] as? [String: Any] ?? [:]
            for element in array {
                collectEmitted(element, node: items, root: root, path: path + "[]", emitted: &emitted, undeclared: &undeclared)
            }
        }
    }

    /// Runs `scripts/validate-json.py SCHEMA FILES...`: its exit status and what it printed.
    static func validate(schema: String, files: [URL]) throws -> (status: Int32, output: String) {
        let result = try CommandRunner.shell(
            ["/usr/bin/env", "python3", "scripts/validate-json.py", "Schemas/\(schema)"] + files.map(\.path))
        return (result.status, result.stdout + result.stderr)
    }
}
