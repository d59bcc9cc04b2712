import StormModel
import StormSource

/// CML's names are Xtext IDs: ASCII letters, digits and `_`. Storm's may use any script (`Fahrt`, `運行`);
/// such a name is written as it is, with a `cml-not-exported` warning, since Context Mapper will not read it.
extension CMLWriter {
    static func isCMLName(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
    }

    /// Warns for each declared name of `context` that CML cannot read.
    mutating func checkNames(of context: BoundedContext) {
        var named: [(String, SourceRange)] = [(context.name, context.range)]
        named += context.aggregates.map { ($0.name, $0.range) } + context.entities.map { ($0.name, $0.range) }
        named += context.valueObjects.map { ($0.name, $0.range) } + context.enumerations.map { ($0.name, $0.range) }
        named += context.events.map { ($0.name, $0.range) } + context.commands.map { ($0.name, $0.range) }
        for fields in [context.aggregates.map(\.fields), context.entities.map(\.fields), context.valueObjects.map(\.fields),
                       context.events.map(\.fields), context.commands.map(\.fields)] {
            for list in fields { named += list.map { ($0.name, $0.range) } }
        }
        for (name, range) in named where !Self.isCMLName(name) {
            diagnostics.warning("cml-not-exported", "the name `\(name)` is not a CML name (ASCII letters, digits and `_`): written as it is, Context Mapper will not read it",
                                at: range)
        }
    }
}
