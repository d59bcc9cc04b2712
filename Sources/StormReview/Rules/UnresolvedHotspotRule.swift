import StormModel

/// A hotspot: an open question still on the wall.
public struct UnresolvedHotspotRule: Rule {
    public let id = "unresolved-hotspot"
    public let defaultSeverity = RuleSeverity.info
    public let summary = "A hotspot, an open question of the workshop, is still in the model."
    public let rationale = "Hotspots mark what the workshop could not settle. Listing them on every review keeps them from becoming silent assumptions in the generated code."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.hotspots.map { hotspot in
                let place = hotspot.aggregate.map { "`\(context.name).\($0)`" } ?? "`\(context.name)`"
                return Violation("unresolved hotspot in \(place): \(hotspot.text)", at: hotspot.range)
            }
        }
    }
}
