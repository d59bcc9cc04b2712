/// `Package.swift` of a generated package: a library target per bounded context and a test target each,
/// all depending on `StormRuntime` by path or URL.
///
/// The manifest is a starter: written once, then the team's (it adds its own dependencies there). When
/// the model later gains a context, or a context comes to use another, ``checks`` tell the team the exact
/// lines to add, since the manifest is never rewritten.
struct PackageManifest {
    struct Target {
        var name: String
        var dependencies: [String]
        /// The bounded contexts whose code the target holds (more than one for contexts in a cycle).
        var contexts: [String]
    }

    var packageName: String
    var runtime: String
    var targets: [Target]
    var header: String

    /// The Storm package's identity, as SwiftPM derives it: the last path component, without `.git`.
    var runtimeIdentity: String {
        var last = runtime.split(separator: "/").last.map(String.init) ?? runtime
        if last.hasSuffix(".git") { last = String(last.dropLast(4)) }
        return last.lowercased()
    }

    var isURL: Bool { runtime.contains("://") || runtime.hasPrefix("git@") }

    var text: String {
        var out = SwiftWriter()
        out.line("// swift-tools-version: 6.0")
        out.line(header)
        out.line("import PackageDescription")
        out.line()
        out.line("let package = Package(")
        out.indented { out in
            out.line("name: \(SwiftIdentifier.stringLiteral(packageName)),")
            out.line("platforms: [.macOS(.v13)],")
            out.line("products: [")
            out.indented { out in
                for target in targets { out.line(product(target)) }
            }
            out.line("],")
            out.line("dependencies: [")
            out.indented { out in
                out.line(isURL ? ".package(url: \(quoted(runtime)), branch: \"main\")," : ".package(path: \(quoted(runtime))),")
            }
            out.line("],")
            out.line("targets: [")
            out.indented { out in
                for target in targets {
                    out.line(library(target))
                    out.line(tests(target))
                }
            }
            out.line("],")
            out.line("swiftLanguageModes: [.v6]")
        }
        out.line(")")
        return out.text
    }

    /// What the team's manifest must hold for the model as it is now: each target's product, target and
    /// test target, and each dependency of a target on another.
    var checks: [StarterCheck] {
        var checks: [StarterCheck] = []
        for target in targets {
            let gained = target.contexts.count == 1
                ? "the model now also has context \(target.contexts[0])"
                : "the model now also has contexts \(target.contexts.joined(separator: ", ")), which share target \(target.name)"
            for (opening, line, list) in [(".library(name: \(quoted(target.name))", product(target), "products"),
                                          (".target(name: \(quoted(target.name))", library(target), "targets"),
                                          (".testTarget(name: \(quoted(target.name + "Tests"))", tests(target), "targets")] {
                checks.append(StarterCheck(mentions: [opening], note: "\(gained): add to `\(list)`: \(line)"))
            }
            for dependency in target.dependencies {
                for name in [target.name, target.name + "Tests"] {
                    let opening = name == target.name ? ".target(name: \(quoted(name))" : ".testTarget(name: \(quoted(name))"
                    checks.append(StarterCheck(mentions: [quoted(dependency)], within: opening,
                                               note: "target \(name) now uses target \(dependency): add \(quoted(dependency)) to its dependencies"))
                }
            }
        }
        return checks
    }

    private var runtimeProduct: String { ".product(name: \"StormRuntime\", package: \(quoted(runtimeIdentity)))" }

    private func product(_ target: Target) -> String { ".library(name: \(quoted(target.name)), targets: [\(quoted(target.name))])," }

    private func library(_ target: Target) -> String {
        let dependencies = [runtimeProduct] + target.dependencies.map(quoted)
        return ".target(name: \(quoted(target.name)), dependencies: [\(dependencies.joined(separator: ", "))]),"
    }

    private func tests(_ target: Target) -> String {
        let dependencies = [quoted(target.name), runtimeProduct] + target.dependencies.map(quoted)
        return ".testTarget(name: \(quoted(target.name + "Tests")), dependencies: [\(dependencies.joined(separator: ", "))]),"
    }

    private func quoted(_ text: String) -> String { SwiftIdentifier.stringLiteral(text) }
}
