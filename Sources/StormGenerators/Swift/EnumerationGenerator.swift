import StormModel

/// Enumerations as `String`-backed Swift enums whose raw values are the model's case names.
struct EnumerationGenerator {
    let names: SwiftNames

    func write(_ enumeration: Enumeration, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        try Self.check(enumeration, in: context)
        let name = names.type(context.reference(enumeration.name))
        out.doc(enumeration.doc, fallback: "The cases of `\(enumeration.name)`.")
        out.deprecation(enumeration.deprecation)
        out.block("public enum \(name): String, Codable, Hashable, Sendable, CaseIterable") { out in
            for item in enumeration.cases {
                let member = SwiftIdentifier.memberName(item.name)
                out.doc(item.doc)
                let raw = member == item.name ? "" : " = \(SwiftIdentifier.stringLiteral(item.name))"
                out.line("case \(SwiftIdentifier.escaped(member))\(raw)")
            }
        }
    }

    /// Throws when two cases map to one Swift name.
    static func check(_ enumeration: Enumeration, in context: BoundedContext) throws(GeneratorError) {
        var seen: [String: Int] = [:]
        for (index, item) in enumeration.cases.enumerated() {
            let member = SwiftIdentifier.memberName(item.name)
            if let other = seen[member], enumeration.cases[other].name != item.name {
                let first = enumeration.cases[other]
                throw GeneratorError("in enum `\(context.name).\(enumeration.name)`, cases `\(first.name)` and `\(item.name)` both map to the Swift name `\(member)`",
                                     at: item.range, id: "swift-name-collision",
                                     notes: [GeneratorNote("case `\(first.name)` is declared here", at: first.range)], help: "rename one of them")
            }
            seen[member] = seen[member] ?? index
        }
    }
}
