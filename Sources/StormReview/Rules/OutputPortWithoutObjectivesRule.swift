import StormModel

/// An output port without a freshness or an availability objective.
public struct OutputPortWithoutObjectivesRule: Rule {
    public let id = "output-port-without-objectives"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "An output port of a data product without a freshness or an availability objective (its own or the product's)."
    public let rationale = "Consumers build on an output port only as far as they can rely on it. Freshness and availability are the service-level objectives a data product promises; without them there is nothing to monitor or to hold the owner to."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.dataProducts.flatMap { product in
                product.outputPorts.compactMap { port in
                    let missing = [port.freshness == nil ? "freshness" : nil, port.availability == nil ? "availability" : nil].compactMap { $0 }
                    guard !missing.isEmpty else { return nil }
                    return Violation("output port `\(product.name).\(port.name)` of `\(context.name)` has no \(missing.joined(separator: " or ")) objective",
                                     at: port.range)
                }
            }
        }
    }
}
