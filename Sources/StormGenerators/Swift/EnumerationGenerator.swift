import StormModel

/// Enumerations as `String`-backed Swift enums whose raw values are the model's case names.
struct EnumerationGenerator {
    let names: SwiftNames

    func write(_ enumeration: Enumeration, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let name = names.type(context.reference(enumeration.name))
        var seen: [String: String] = [:]
        out.doc(enumeration.doc, fallback: "The cases of `\(enumeration.name)`.")
        out.deprecation(enumeration.deprecation)
        var failure: GeneratorError?
        out.block("public enum \(name): String, Codable, Hashable, Sendable, CaseIterable") { out in
            for item in enumeration.cases {
                let member = SwiftIdentifier.memberName(item.name)
                if let other = seen[member] {
                    failure = failure ?? GeneratorError("in enum `\(context.name).\(enumeration.name)`, cases `\(other)` and `\(item.name)` both map to the Swift name `\(member)`; rename one", at: item.range)
                }
                seen[member] = item.name
                out.doc(item.doc)
                let raw = member == item.name ? "" : " = \(SwiftIdentifier.stringLiteral(item.name))"
                out.line("case \(SwiftIdentifier.escaped(member))\(raw)")
            }
        }
        if let failure { throw failure }
    }
}
