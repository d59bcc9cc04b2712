import Foundation
import StormModel
import StormReview

/// Every output port is as fresh and as available as the platform requires.
struct PolicyObjectivesRule: Rule {
    let id = "policy-objectives"
    let defaultSeverity = RuleSeverity.error
    let summary = "An output port whose freshness or availability objective is missing or weaker than the platform policy requires."
    let rationale = "Consumers across the mesh plan on the platform's service levels; a port that promises less breaks them silently."
    var freshnessAtMost: TimeSpan?
    var availabilityAtLeast: Double?

    func check(_ input: LintInput) -> [Violation] {
        var violations: [Violation] = []
        for context in input.model.contexts where input.model.usedInterfaces[context.name] == nil {
            for product in context.dataProducts {
                for port in product.outputPorts {
                    let name = "output port `\(product.name).\(port.name)` of `\(context.name)`"
                    if let required = freshnessAtMost {
                        let freshness = port.freshness ?? product.freshness
                        if freshness.map({ $0 > required }) ?? true {
                            violations.append(Violation("\(name) must be fresh within \(required.description) by the platform policy, but "
                                                        + (freshness.map { "promises \($0.description)" } ?? "has no freshness objective"), at: port.range))
                        }
                    }
                    if let required = availabilityAtLeast {
                        let availability = port.availability ?? product.availability
                        if availability.map({ $0.value < required }) ?? true {
                            violations.append(Violation("\(name) must be available at least \(Self.percent(required))% by the platform policy, but "
                                                        + (availability.map { "promises \($0.percent)%" } ?? "has no availability objective"), at: port.range))
                        }
                    }
                }
            }
        }
        return violations
    }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Every data product says what it is.
struct PolicyProductDescriptionRule: Rule {
    let id = "policy-product-description"
    let defaultSeverity = RuleSeverity.error
    let summary = "A data product without a description (a `///` doc comment)."
    let rationale = "A product is found and understood in the mesh's catalogue by its description."

    func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.filter { input.model.usedInterfaces[$0.name] == nil }.flatMap { context in
            context.dataProducts.filter { $0.doc.isEmpty }.map { product in
                Violation("data product `\(context.reference(product.name))` has no description: the platform policy asks for a `///` comment", at: product.range)
            }
        }
    }
}

/// Every event name follows the platform's convention.
struct PolicyEventNameRule: Rule {
    let id = "policy-event-name"
    let defaultSeverity = RuleSeverity.error
    let summary = "An event whose name does not match the platform's convention (`eventNames`)."
    let rationale = "Event names are the mesh's shared vocabulary: one convention makes them predictable for every consumer."
    var pattern: String
    var expression: NSRegularExpression

    func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.filter { input.model.usedInterfaces[$0.name] == nil }.flatMap { context in
            context.events.filter { event in
                let range = NSRange(event.name.startIndex..., in: event.name)
                return expression.firstMatch(in: event.name, range: range).map { $0.range == range } != true
            }.map { event in
                Violation("event `\(context.reference(event.name))` does not match the platform's event names `\(pattern)`", at: event.range)
            }
        }
    }
}

/// Relationships across domains use the patterns the platform allows.
struct PolicyCrossDomainRule: Rule {
    let id = "policy-cross-domain-pattern"
    let defaultSeverity = RuleSeverity.error
    let summary = "A relationship between contexts of two domains whose upstream offers none of the patterns the platform allows."
    let rationale = "Between domains, coupling goes through the platform's agreed patterns (an open host service, a published language), not through shared internals."
    var patterns: [String]

    func check(_ input: LintInput) -> [Violation] {
        var domains: [String: String] = [:]
        for context in input.model.contexts { domains[context.name] = context.domain }
        return input.model.relationships.compactMap { relationship in
            guard let first = domains[relationship.first], let second = domains[relationship.second], first != second else { return nil }
            guard !relationship.upstreamPatterns.contains(where: { patterns.contains($0.rawValue) }) else { return nil }
            return Violation("the relationship between `\(relationship.first)` (\(first)) and `\(relationship.second)` (\(second)) crosses domains, "
                             + "but its upstream offers none of the platform's patterns " + patterns.map { "`\($0)`" }.joined(separator: ", "),
                             at: relationship.range)
        }
    }
}
