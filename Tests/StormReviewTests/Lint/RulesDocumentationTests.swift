import Foundation
import StormReview
import Testing

/// `Docs/Rules.md`, read from the repository this test file is in.
private func rulesDocument() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("Docs/Rules.md"), encoding: .utf8)
}

@Test(arguments: RuleRegistry.all.map(\.id))
func everyRuleIsDocumentedWithItsDefaultSeverity(_ id: String) throws {
    let document = try rulesDocument()
    let rule = try #require(RuleRegistry.rule(id))
    let severity = rule.defaultSeverity.rawValue
    #expect(document.contains("### `\(id)` (\(severity))"), "Docs/Rules.md lacks the section `### \\`\(id)\\` (\(severity))`")
    #expect(document.contains("| `\(id)` | \(severity) |"), "Docs/Rules.md lacks the table row for \(id)")
}

@Test func documentationNamesNoRuleThatDoesNotExist() throws {
    let document = try rulesDocument()
    let headings = document.split(separator: "\n").filter { $0.hasPrefix("### `") }
    let ids = headings.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
    #expect(ids.sorted() == RuleRegistry.all.map(\.id))
}
