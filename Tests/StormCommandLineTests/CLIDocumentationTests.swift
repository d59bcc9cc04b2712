import Foundation
import StormCommandLine
import Testing

/// `Docs/CLI.md` keeps up with the code: every command has a section naming each of its options, and the
/// documented shape of `stormc model --json` names every key the command prints.
struct CLIDocumentationTests {
    static let document: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Docs/CLI.md"), encoding: .utf8)) ?? ""
    }()

    /// The text of the section headed `## heading`, up to the next `## `.
    static func section(_ heading: String) -> String? {
        guard let start = document.range(of: "\n## \(heading)\n") else { return nil }
        let rest = document[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The options a command's help lists: every `-x` or `--name` in its OPTIONS part.
    static func options(inHelp help: String) -> Set<String> {
        guard let start = help.range(of: "OPTIONS:") else { return [] }
        let text = String(help[start.upperBound...])
        let expression = try! NSRegularExpression(pattern: #"(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])\b"#)
        return Set(expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    @Test func everyCommandHasASectionNamingEachOfItsOptions() {
        #expect(!Self.document.isEmpty, "Docs/CLI.md is missing")
        for command in Commands.all {
            guard let section = Self.section("`stormc \(command.name)`") else {
                Issue.record("Docs/CLI.md has no section `stormc \(command.name)`")
                continue
            }
            for option in Self.options(inHelp: command.help) {
                #expect(section.contains("`\(option)"), "the section of `stormc \(command.name)` does not mention \(option)")
            }
        }
        #expect(Self.options(inHelp: Commands.named("check")?.help ?? "") == ["--diagnostics-format", "--workshop", "-h", "--help"])
    }

    @Test func theVersionHasASection() {
        #expect(Self.section("`stormc --version`")?.contains("-V") == true)
    }

    @Test func theExitStatusesAreDocumented() {
        let section = Self.section("Exit status") ?? ""
        for status in [ExitCode.success, ExitCode.failure, ExitCode.usage] {
            #expect(section.contains("| \(status) |"))
        }
    }

    /// Every key of a JSON value, at any depth.
    static func keys(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test func theDocumentedModelShapeNamesEveryKeyTheCommandPrints() throws {
        let folder = try temporaryFolder(ModelCommandTests.model)
        let result = CommandLineTestSupport.run(["model", "--json", folder])
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
        let printed = Self.keys(json)
        #expect(printed.count > 40)
        let shape = Self.section("`stormc model`") ?? ""
        for key in printed.sorted() {
            let pattern = try NSRegularExpression(pattern: "(?:[{,]|^) *\(key)\\b", options: [.anchorsMatchLines])
            #expect(pattern.firstMatch(in: shape, range: NSRange(shape.startIndex..., in: shape)) != nil, "`\(key)` is not in the documented shape")
        }
    }
}
