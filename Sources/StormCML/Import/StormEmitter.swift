import StormDiagnostics
import StormSource

/// What the whole CML model declares, across every file: what one file's translation needs to know of the others.
struct CMLIndex {
    /// Subdomain name → its domain.
    var subdomains: [String: String] = [:]
    var domains: Set<String> = []
    /// Entities, value objects and enums, the names an attribute may reference → the contexts declaring them.
    var types: [String: [String]] = [:]
    /// Domain events and commands (`CommandEvent`, application `Command`) → the contexts declaring them.
    var events: [String: Set<String>] = [:]
    var commands: [String: Set<String>] = [:]
    /// The bounded contexts (not teams): Storm names no declaration after a context, as it would hide its namespace in Swift.
    var contexts: Set<String> = []
    /// Context name → the team that realizes it (the first one).
    var owners: [String: String] = [:]
    /// Context → the entities, value objects, enums, events and commands it declares (not a root entity
    /// named after its aggregate, which is the aggregate), with their kinds.
    var declared: [String: [String: CMLTypeDeclaration.Kind]] = [:]
    /// The type names that attributes use (an `aggregateLifecycle` enum no attribute uses is only the states of a lifecycle).
    var usedTypes: Set<String> = []

    init(_ files: [CMLFile], diagnostics: inout DiagnosticList) {
        for file in files {
            for declaration in file.declarations {
                switch declaration {
                case .domain(let domain):
                    domains.insert(domain.name.text)
                    for subdomain in domain.subdomains { subdomains[subdomain.name.text] = domain.name.text }
                case .context(let context):
                    collectTypes(context.members, of: context.name.text)
                    guard context.isTeam else { contexts.insert(context.name.text); continue }
                    for realized in context.realizes {
                        if let owner = owners[realized.text] {
                            diagnostics.warning("cml-unsupported", "context `\(realized.text)` is already owned by team `\(owner)`: this second owner is not imported",
                                                at: realized.range)
                        } else {
                            owners[realized.text] = context.name.text
                        }
                    }
                case .contextMap, .unsupported:
                    break
                }
            }
        }
    }

    private mutating func collectTypes(_ members: [CMLMember], of context: String, aggregate: String? = nil) {
        for member in members {
            if case .type(let type) = member {
                for attribute in type.attributes { use(attribute.type) }
                if !(type.isAggregateRoot && type.name.text == aggregate), declared[context]?[type.name.text] == nil {
                    declared[context, default: [:]][type.name.text] = type.kind
                }
            }
            switch member {
            case .aggregate(let inner): collectTypes(inner.members, of: context, aggregate: inner.name.text)
            case .module(_, let inner): collectTypes(inner, of: context)
            case .type(let type) where [.entity, .valueObject, .enumeration].contains(type.kind):
                if types[type.name.text]?.last != context { types[type.name.text, default: []].append(context) }
            case .type(let type) where type.kind == .domainEvent: events[type.name.text, default: []].insert(context)
            case .type(let type) where type.kind == .commandEvent: commands[type.name.text, default: []].insert(context)
            default: break
            }
        }
    }

    private mutating func use(_ type: CMLType) {
        usedTypes.insert(type.name.text)
        for argument in type.arguments { use(argument) }
    }
}

extension CMLContext {
    /// `type = TEAM`: a team, not a bounded context.
    var isTeam: Bool { settings.contains { $0.key.text == "type" && $0.values == ["TEAM"] } }
}

/// Writes one CML file as Storm text (formatted afterwards by ``StormFormatter``). What Storm cannot hold
/// is reported as a `cml-unsupported` warning and kept as a comment at its place.
struct StormEmitter {
    let index: CMLIndex
    let source: SourceFile
    var lines: [String] = []
    /// The context being written.
    var context = ""
    /// What the flows of the current context say: the commands' outcomes, policies and lifecycles.
    var flow = FlowPlan()
    /// Aggregate (CML name) → the commands declared outside it that its lifecycle moves into it.
    var movedCommands: [String: [CMLTypeDeclaration]] = [:]
    var diagnostics = DiagnosticList()

    static func emit(_ file: CMLFile, source: SourceFile, index: CMLIndex, diagnostics: inout DiagnosticList) -> String {
        var emitter = StormEmitter(index: index, source: source)
        emitter.lines.append("// Imported from \(PathComponents.of(source.path).last.map(String.init) ?? source.path) by `stormc import cml`.")
        emitter.lines.append("")
        for declaration in file.declarations {
            switch declaration {
            case .domain(let domain): emitter.emit(domain)
            case .context(let context): context.isTeam ? emitter.emitTeam(context) : emitter.emit(context)
            case .contextMap(let map): emitter.emit(map, fileStem: Self.stem(source.path))
            case .unsupported(let unsupported): emitter.keep(unsupported)
            }
            emitter.lines.append("")
        }
        diagnostics.append(contentsOf: emitter.diagnostics)
        return emitter.lines.joined(separator: "\n") + "\n"
    }

    static func stem(_ path: String) -> String {
        let last = PathComponents.of(path).last.map(String.init) ?? path
        return last.hasSuffix(".cml") ? String(last.dropLast(4)) : last
    }

    // MARK: Comments and warnings

    /// Warns that `unsupported` is not imported and keeps its text as comment lines.
    mutating func keep(_ unsupported: CMLUnsupported) {
        diagnostics.warning("cml-unsupported", "\(unsupported.what) not imported: Storm has no equivalent; kept as a comment", at: unsupported.range)
        comment(unsupported.text, heading: "CML \(unsupported.what), not imported:")
    }

    mutating func keep(_ setting: CMLSetting, in what: String) {
        keep(CMLUnsupported(what: "`\(setting.key.text)` of \(what)", range: setting.range, text: setting.text))
    }

    mutating func comment(_ text: String, heading: String) {
        lines.append("// " + heading)
        let textLines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0[...] }
        let indents = textLines.dropFirst().filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        let indent = max(0, (indents.min() ?? 0) - 2)
        for (position, line) in textLines.enumerated() {
            lines.append(("//   " + (position == 0 ? line : line.dropFirst(min(indent, line.prefix { $0 == " " || $0 == "\t" }.count)))).trimmingTrailingWhitespace)
        }
    }

    /// Doc comment lines for CML settings that Storm keeps as documentation.
    mutating func doc(_ settings: [CMLSetting]) {
        for setting in settings { lines.append(("/// " + setting.text).trimmingTrailingWhitespace) }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { result += "\\u{\(String(scalar.value, radix: 16))}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    static func value(of setting: CMLSetting?) -> String? { setting.map { $0.values.joined(separator: ", ") } }

    // MARK: Strategic

    mutating func emit(_ domain: CMLDomain) {
        for unsupported in domain.unsupported { keep(unsupported) }
        var vision: String?
        for setting in domain.settings {
            if setting.key.text == "domainVisionStatement" { vision = Self.value(of: setting) } else { keep(setting, in: "domain `\(domain.name.text)`") }
        }
        lines.append("domain \(domain.name.text)\(vision.map { " " + Self.quoted($0) } ?? "") {")
        for subdomain in domain.subdomains {
            for unsupported in subdomain.unsupported { keep(unsupported) }
            var kind: String?
            var vision: String?
            for setting in subdomain.settings {
                switch setting.key.text {
                case "type":
                    switch setting.values.first {
                    case "CORE_DOMAIN": kind = "core"
                    case "SUPPORTING_DOMAIN": kind = "supporting"
                    case "GENERIC_SUBDOMAIN": kind = "generic"
                    default: diagnostics.warning("cml-assumed", "unknown subdomain type `\(setting.values.joined(separator: ", "))`: imported as supporting",
                                                 at: setting.key.range)
                    }
                case "domainVisionStatement": vision = Self.value(of: setting)
                default: keep(setting, in: "subdomain `\(subdomain.name.text)`")
                }
            }
            if kind == nil, !subdomain.settings.contains(where: { $0.key.text == "type" }) {
                diagnostics.warning("cml-assumed", "subdomain `\(subdomain.name.text)` has no type: imported as supporting", at: subdomain.name.range)
            }
            lines.append("  subdomain \(subdomain.name.text): \(kind ?? "supporting")\(vision.map { " " + Self.quoted($0) } ?? "")")
        }
        lines.append("}")
    }

    mutating func emitTeam(_ team: CMLContext) {
        var docs: [CMLSetting] = []
        for setting in team.settings where setting.key.text != "type" {
            if setting.key.text == "domainVisionStatement" { docs.append(setting) } else { keep(setting, in: "team `\(team.name.text)`") }
        }
        for implemented in team.implements {
            keep(CMLUnsupported(what: "`implements` of team `\(team.name.text)`", range: implemented.range, text: "implements \(implemented.text)"))
        }
        if !team.members.isEmpty {
            diagnostics.warning("cml-unsupported", "the aggregates and members of team `\(team.name.text)` are not imported: Storm's teams hold no model",
                                at: team.name.range)
        }
        doc(docs)
        lines.append("team \(team.name.text)")
    }

    mutating func emit(_ context: CMLContext) {
        var docs: [CMLSetting] = []
        var vision: String?
        var kept: [CMLSetting] = []
        for setting in context.settings {
            switch setting.key.text {
            case "domainVisionStatement": vision = Self.value(of: setting)
            case "responsibilities", "implementationTechnology": docs.append(setting)
            default: kept.append(setting)
            }
        }
        for setting in kept { keep(setting, in: "bounded context `\(context.name.text)`") }
        for realized in context.realizes {
            keep(CMLUnsupported(what: "`realizes` of bounded context `\(context.name.text)`", range: realized.range, text: "realizes \(realized.text)"))
        }
        for refined in context.refines {
            keep(CMLUnsupported(what: "`refines` of bounded context `\(context.name.text)`", range: refined.range, text: "refines \(refined.text)"))
        }
        var implements = ""
        for (position, implemented) in context.implements.enumerated() {
            if position == 0, let domain = index.subdomains[implemented.text] {
                implements = " implements \(domain).\(implemented.text)"
            } else {
                let why = index.domains.contains(implemented.text) ? "a whole domain" : position > 0 ? "a second subdomain" : "an unknown subdomain"
                keep(CMLUnsupported(what: "`implements \(implemented.text)` (\(why))", range: implemented.range, text: "implements \(implemented.text)"))
            }
        }
        doc(docs)
        lines.append("context \(context.name.text)\(implements) {")
        if let owner = index.owners[context.name.text] { lines.append("owner \(owner)") }
        if let vision { lines.append("vision \(Self.quoted(vision))") }
        self.context = context.name.text
        var hoisted: [String] = []
        var aggregateCommands: [String: Set<String>] = [:]
        Self.aggregateCommands(in: context.members, into: &aggregateCommands)
        flow = plan(flows(in: context.members), declaredCommands: Self.commands(in: context.members), aggregateCommands: aggregateCommands)
        movedCommands = [:]
        collectMovedCommands(context.members)
        emitMembers(context.members, in: "bounded context `\(context.name.text)`", hoisted: &hoisted)
        lines += hoisted
        for command in flow.commands where flow.aggregateOf[command] == nil {
            lines.append("command \(index.stormName(command, kind: .commandEvent, in: self.context))" + emitsClause(command))
        }
        for event in flow.events { lines.append("event \(index.stormName(event, kind: .domainEvent, in: self.context))") }
        lines += flow.policies
        lines.append("}")
    }

    mutating func emit(_ map: CMLContextMap, fileStem: String) {
        let name = map.name?.text ?? Self.identifier(fileStem) + "Map"
        doc(map.settings)
        lines.append("context map \(name) {")
        for relationship in map.relationships {
            if let name = relationship.name { lines.append("/// name = \(name.text)") }
            doc(relationship.settings)
            let left = relationship.left.text, right = relationship.right.text
            if let keyword = ForeignSpellings.relationships[relationship.connector.text] {
                lines.append(keyword.written(left, right))
            } else {
                func roles(_ roles: [CMLName]) -> String { roles.isEmpty ? "" : "[" + roles.map(\.text).joined(separator: ", ") + "] " }
                lines.append("\(left) \(roles(relationship.leftRoles))\(relationship.connector.text) \(roles(relationship.rightRoles))\(right)")
            }
        }
        lines.append("}")
    }

    /// `text` with every character that cannot be in a Storm name removed; `Map` when nothing is left.
    static func identifier(_ text: String) -> String {
        let kept = String(text.unicodeScalars.filter { $0 == "_" || $0.properties.isAlphabetic || ($0.isASCII && $0.properties.numericType != nil) }.map(Character.init))
        guard let first = kept.unicodeScalars.first, first.properties.numericType == nil else { return "Context" + kept }
        return kept
    }
}

extension StringProtocol {
    var trimmingTrailingWhitespace: String {
        var result = String(self)
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
