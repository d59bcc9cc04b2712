import StormDiagnostics
import StormSource
import StormSyntax

/// Data products: owner, ports and objectives.
extension Resolution {
    mutating func resolveDataProduct(_ syntax: DataProductSyntax, in context: BoundedContext) -> DataProduct {
        var product = DataProduct(name: syntax.name.text, doc: doc(syntax.info), owner: context.owner, inputPorts: [], outputPorts: [],
                                  freshness: nil, availability: nil, range: syntax.info.range)
        var pendingOutputs: [PortSyntax] = []
        var portNames: [String: SourceRange] = [:]
        for member in syntax.members {
            switch member {
            case .owner(let team, let info):
                _ = doc(info)
                product.owner = resolveTeam(team)
            case .inputPort(let port), .outputPort(let port):
                if let first = portNames[port.name.text] {
                    reportDuplicate("port", port.name, first: first, scope: "data product `\(syntax.name.text)`")
                    continue
                }
                portNames[port.name.text] = port.name.range
                if case .inputPort = member {
                    let events = port.events.compactMap { resolve($0, in: context.name, Resolution.events)?.reference }
                    product.inputPorts.append(Port(name: port.name.text, doc: doc(port.info), events: events, freshness: nil, availability: nil, range: port.info.range))
                } else {
                    pendingOutputs.append(port)
                }
            case .objective(let objective):
                apply(objective, freshness: &product.freshness, availability: &product.availability, scope: "data product `\(syntax.name.text)`")
            }
        }
        // Output ports last, so they inherit objectives written anywhere in the product.
        for port in pendingOutputs {
            var events: [SymbolReference] = []
            for event in port.events {
                guard let (reference, _) = resolve(event, in: context.name, Resolution.events) else { continue }
                guard reference.context == context.name else {
                    diagnostics.error("port-publishes-foreign-event", ModelDiagnostics.portForeignEvent(port.name.text, event.text, context: reference.context), at: event.range)
                    continue
                }
                events.append(reference)
            }
            var freshness: TimeSpan?
            var availability: Availability?
            for objective in port.objectives {
                apply(objective, freshness: &freshness, availability: &availability, scope: "port `\(port.name.text)`")
            }
            product.outputPorts.append(Port(name: port.name.text, doc: doc(port.info), events: events, freshness: freshness ?? product.freshness,
                                            availability: availability ?? product.availability, range: port.info.range))
        }
        return product
    }

    private mutating func apply(_ objective: ObjectiveSyntax, freshness: inout TimeSpan?, availability: inout Availability?, scope: String) {
        _ = doc(objective.info)
        switch objective.kind {
        case .freshness(let amount, let unit):
            let (milliseconds, overflow) = amount.multipliedReportingOverflow(by: unit.milliseconds)
            guard amount > 0, !overflow else {
                diagnostics.error("invalid-objective", ModelDiagnostics.invalidObjective("freshness must be a positive length of time"), at: objective.info.range)
                return
            }
            if freshness != nil {
                diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember("freshness", in: scope), at: objective.info.range)
            }
            freshness = TimeSpan(milliseconds: milliseconds)
        case .availability(let percent):
            guard let value = Double(percent), value > 0, value <= 100 else {
                diagnostics.error("invalid-objective", ModelDiagnostics.invalidObjective("availability must be a percentage above 0 and at most 100, found \(percent)%"),
                                  at: objective.info.range)
                return
            }
            if availability != nil {
                diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember("availability", in: scope), at: objective.info.range)
            }
            availability = Availability(percent: percent)
        }
    }
}
