import Foundation
import StormDiagnostics
import StormModel
import StormSource

/// `stormc export cml`: a Storm model as one CML file that Context Mapper reads: domains and subdomains,
/// bounded contexts (vision, subdomain, owner as a team that realizes it), the context map with its roles,
/// aggregates with their fields, entities, value objects, enums, events and commands, and the flows that
/// commands and policies make. What CML cannot hold (read models, data products, actors, external
/// systems, hotspots, invariants, identifier types, defaults, annotations) is a `cml-not-exported`
/// warning at its place in the Storm model and a comment in the CML.
public enum CMLExporter {
    /// The CML text of `model`, and a warning for each thing left out.
    public static func export(_ model: Model, diagnostics: inout DiagnosticList) -> String {
        var identifiers: [SymbolReference: PrimitiveType] = [:]
        for context in model.contexts {
            for identifier in context.identifiers { identifiers[SymbolReference(context: context.name, name: identifier.name)] = identifier.rawType }
        }
        var owned: [String: [String]] = [:]
        for context in model.contexts { if let owner = context.owner { owned[owner, default: []].append(context.name) } }
        var writer = CMLWriter(model: model, identifiers: identifiers, owned: owned)
        writer.write()
        diagnostics.append(contentsOf: writer.diagnostics)
        return writer.lines.joined(separator: "\n") + "\n"
    }
}

/// Builds the CML lines of one model.
struct CMLWriter {
    /// CML keywords that name attributes and declarations only when escaped with `^`.
    static let keywords: Set<String> = [
        "type", "state", "key", "nullable", "aggregateRoot", "implements", "realizes", "refines", "contains", "domainVisionStatement",
        "responsibilities", "implementationTechnology", "knowledgeLevel", "owner", "Entity", "ValueObject", "DomainEvent", "CommandEvent",
        "Aggregate", "Module", "Service", "Repository", "enum", "def", "abstract", "extends", "import", "Domain", "Subdomain", "BoundedContext",
        "ContextMap", "Application", "Flow", "Command", "Event", "command", "event", "operation", "emits", "triggers", "delegates", "to",
        "hint", "cache", "gap", "nogap", "scaffold", "persistent", "transient", "required", "index", "length", "changeable", "exposedAggregates",
        "downstreamRights", "upstream", "downstream", "U", "D", "S", "C", "P", "SK", "OHS", "PL", "ACL", "CF", "X", "O", "not", "version",
        "businessModel", "evolution", "useCases", "features", "securityZone", "description", "actor", "system", "true", "false",
        "List", "Set", "Bag", "Map", "Collection", "package", "public", "protected", "private", "of", "for", "with", "in",
            // The other keywords of Context Mapper's grammars (Xtext reserves every keyword), as an independent test checks.
        "BasicType", "BigDecimal", "BigInteger", "Blob", "Boolean", "CORE_DOMAIN", "Clob", "Consumer", "DataTransferObject", "Date", "DateTime",
        "Double", "Float", "Functionality", "GENERIC_SUBDOMAIN", "Integer", "Key", "Long", "Partnership", "Resource", "SUPPORTING_DOMAIN", "String",
        "TEAM", "Timestamp", "Trait", "UNDEFINED", "UseCase", "UserStory", "a", "aggregateLifecycle", "an", "basePackage", "belongsTo", "benefit",
        "boolean", "build", "cascade", "condition", "construct", "create", "databaseColumn", "databaseTable", "delete", "digits",
        "discriminatorValue", "double", "email", "eventBus", "external", "fetch", "float", "future", "groupBy", "immutable", "inject", "int",
        "interactions", "inverse", "level", "long", "map", "max", "min", "o", "opposite", "orderBy", "ordinal", "past", "path", "pattern", "publish",
        "query", "range", "read", "reference", "return", "sagaOrchestrator", "scope", "secondaryActors", "select", "size", "subscribe", "supports",
        "the", "throws", "update", "url", "userRequirements", "userStories", "valid", "validate", "void", "x",
    ]

    let model: Model
    /// The backing type of each identifier type: CML has no typed identifiers.
    let identifiers: [SymbolReference: PrimitiveType]
    /// Team → the contexts it owns, in model order.
    let owned: [String: [String]]
    var lines: [String] = []
    var diagnostics = DiagnosticList()

    static func name(_ text: String) -> String { keywords.contains(text) ? "^" + text : text }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    mutating func leftOut(_ what: String, at range: SourceRange) {
        diagnostics.warning("cml-not-exported", "\(what) not exported: CML has no equivalent", at: range)
    }

    /// Doc lines written `key = value` by `stormc import cml` for one of `keys`: the CML settings they were.
    static func settings(in doc: String, keys: Set<String>) -> [String] {
        doc.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, keys.contains(parts[0].trimmingCharacters(in: .whitespaces)) else { return nil }
            return String(line)
        }
    }

    mutating func write() {
        lines.append("/* Exported from the Storm model `\(model.name)` by `stormc export cml`. */")
        lines.append("")
        writeContextMap()
        for domain in model.domains { writeDomain(domain) }
        for context in model.contexts { writeContext(context) }
        for team in model.teams { writeTeam(team) }
        while lines.last == "" { lines.removeLast() }
    }

    mutating func writeDomain(_ domain: Domain) {
        lines.append("Domain \(Self.name(domain.name)) {")
        if let description = domain.description { lines.append("  domainVisionStatement = \(Self.quoted(description))") }
        for subdomain in domain.subdomains {
            lines.append("  Subdomain \(Self.name(subdomain.name)) {")
            // An unclassified subdomain is a CML subdomain without a `type`.
            let type: String? = switch subdomain.kind {
            case .core: "CORE_DOMAIN"
            case .supporting: "SUPPORTING_DOMAIN"
            case .generic: "GENERIC_SUBDOMAIN"
            case .unclassified: nil
            }
            if let type { lines.append("    type = \(type)") }
            if let description = subdomain.description { lines.append("    domainVisionStatement = \(Self.quoted(description))") }
            lines.append("  }")
        }
        lines.append("}")
        lines.append("")
    }

    mutating func writeTeam(_ team: Team) {
        let owned = (owned[team.name] ?? []).map { Self.name($0) }
        lines.append("BoundedContext \(Self.name(team.name))\(owned.isEmpty ? "" : " realizes " + owned.joined(separator: ", ")) {")
        lines.append("  type = TEAM")
        for setting in Self.settings(in: team.doc, keys: ["domainVisionStatement"]) { lines.append("  " + setting) }
        lines.append("}")
        lines.append("")
        if team.contact != nil { leftOut("the contact of team `\(team.name)`", at: team.range) }
    }

    /// One context map holding every relationship of the model (a CML file holds one map).
    mutating func writeContextMap() {
        guard let first = model.contextMaps.first else { return }
        lines.append("ContextMap \(Self.name(first.name)) {")
        for setting in Self.settings(in: first.doc, keys: ["type", "state"]) { lines.append("  " + setting) }
        var contained: [String] = []
        var seen: Set<String> = []
        for relationship in model.relationships {
            for name in [relationship.first, relationship.second] where seen.insert(name).inserted { contained.append(Self.name(name)) }
        }
        if !contained.isEmpty { lines.append("  contains " + contained.joined(separator: ", ")) }
        for relationship in model.relationships {
            let left = Self.name(relationship.first), right = Self.name(relationship.second)
            var text: String
            switch relationship.kind {
            case .upstreamDownstream:
                let up = ["U"] + relationship.upstreamPatterns.map(\.rawValue)
                let down = ["D"] + relationship.downstreamPatterns.map(\.rawValue)
                text = "\(left) [\(up.joined(separator: ","))]->[\(down.joined(separator: ","))] \(right)"
            case .partnership: text = "\(left) [P]<->[P] \(right)"
            case .sharedKernel: text = "\(left) [SK]<->[SK] \(right)"
            case .separateWays:
                leftOut("the separate-ways relationship of `\(relationship.first)` and `\(relationship.second)`", at: relationship.range)
                lines.append("  // Storm: \(relationship.first) separate ways \(relationship.second)")
                continue
            }
            if !relationship.bigBallOfMud.isEmpty {
                leftOut("the big ball of mud role", at: relationship.range)
            }
            let name = Self.settings(in: relationship.doc, keys: ["name"]).first.map { $0.split(separator: "=", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
            if let name { text += " : \(name)" }
            let settings = Self.settings(in: relationship.doc, keys: ["implementationTechnology", "exposedAggregates", "downstreamRights"])
            if settings.isEmpty {
                lines.append("  " + text)
            } else {
                lines.append("  " + text + " {")
                for setting in settings { lines.append("    " + setting) }
                lines.append("  }")
            }
        }
        lines.append("}")
        lines.append("")
        for extra in model.contextMaps.dropFirst() {
            lines.append("/* Storm context map \(extra.name): its relationships are in the map above. */")
            lines.append("")
        }
    }
}
