/// `Package.swift` of a generated package: a library target per bounded context and a test target each,
/// all depending on `StormRuntime` by path or URL.
struct PackageManifest {
    struct Target {
        var name: String
        var dependencies: [String]
    }

    var packageName: String
    var runtime: String
    var targets: [Target]
    var header: [String]

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
        for line in header { out.line("// " + line) }
        out.line("import PackageDescription")
        out.line()
        out.line("let package = Package(")
        out.indented { out in
            out.line("name: \(SwiftIdentifier.stringLiteral(packageName)),")
            out.line("platforms: [.macOS(.v13)],")
            out.line("products: [")
            out.indented { out in
                for target in targets { out.line(".library(name: \(quoted(target.name)), targets: [\(quoted(target.name))]),") }
            }
            out.line("],")
            out.line("dependencies: [")
            out.indented { out in
                out.line(isURL ? ".package(url: \(quoted(runtime)), branch: \"main\")," : ".package(path: \(quoted(runtime))),")
            }
            out.line("],")
            out.line("targets: [")
            out.indented { out in
                let runtimeProduct = ".product(name: \"StormRuntime\", package: \(quoted(runtimeIdentity)))"
                for target in targets {
                    let dependencies = [runtimeProduct] + target.dependencies.map(quoted)
                    out.line(".target(name: \(quoted(target.name)), dependencies: [\(dependencies.joined(separator: ", "))]),")
                    let testDependencies = [quoted(target.name), runtimeProduct] + target.dependencies.map(quoted)
                    out.line(".testTarget(name: \(quoted(target.name + "Tests")), dependencies: [\(testDependencies.joined(separator: ", "))]),")
                }
            }
            out.line("],")
            out.line("swiftLanguageModes: [.v6]")
        }
        out.line(")")
        return out.text
    }

    private func quoted(_ text: String) -> String { SwiftIdentifier.stringLiteral(text) }
}
