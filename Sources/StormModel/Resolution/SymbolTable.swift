import StormDiagnostics
import StormSource
import StormSyntax

/// What a name in a context's namespace declares.
enum SymbolKind: UInt8, Sendable, Hashable {
    case actor, externalSystem, identifier, valueObject, entity, enumeration
    case aggregate, command, event, policy, readModel, dataProduct

    /// The kind with its article, for messages ("an event").
    var described: String {
        switch self {
        case .actor: "an actor"
        case .externalSystem: "an external system"
        case .identifier: "an identifier type"
        case .valueObject: "a value object"
        case .entity: "an entity"
        case .enumeration: "an enumeration"
        case .aggregate: "an aggregate"
        case .command: "a command"
        case .event: "an event"
        case .policy: "a policy"
        case .readModel: "a read model"
        case .dataProduct: "a data product"
        }
    }

    /// The kinds a field's type may name.
    static let types: SymbolKinds = [.identifier, .valueObject, .entity, .enumeration]
}

/// A set of symbol kinds, as bits: every reference tests membership, and a bit test costs no hashing.
struct SymbolKinds: Sendable, ExpressibleByArrayLiteral {
    private var bits: UInt16

    init(arrayLiteral kinds: SymbolKind...) {
        bits = 0
        for kind in kinds { bits |= 1 << kind.rawValue }
    }

    func contains(_ kind: SymbolKind) -> Bool { bits & (1 << kind.rawValue) != 0 }
}

/// One declared name of a context.
struct Symbol {
    var kind: SymbolKind
    var range: SourceRange
}

/// Every context's namespace, plus an index from bare names to the contexts declaring them, so that
/// unqualified references resolve across files.
struct SymbolTable {
    /// Context name → name → symbol.
    var contexts: [String: [String: Symbol]] = [:]
    /// Bare name → the contexts that declare it, in declaration order.
    var index: [String: Declarers] = [:]
    /// Context names in declaration order.
    private(set) var contextOrder: [String] = []
    /// Each context's place in ``contextOrder``.
    private(set) var ordinals: [String: Int] = [:]

    /// Adds a context, with an empty namespace, after those added before.
    mutating func addContext(_ name: String) {
        contexts[name] = [:]
        ordinals[name] = contextOrder.count
        contextOrder.append(name)
    }

    /// Sizes ``index`` for every name the contexts of `declarations` could declare: their members and their
    /// aggregates' members, a few more than the names (and more again when contexts share names). Grown a
    /// name at a time instead, its last doubling held the old table beside the new at resolution's highest
    /// memory (10.5 MB at 200,000 events).
    mutating func reserveIndex(for declarations: [DeclarationSyntax]) {
        var names = 0
        for case .context(let context) in declarations {
            names += context.members.count
            for case .aggregate(let aggregate) in context.members { names += aggregate.members.count }
        }
        index.reserveCapacity(names)
    }

    /// The names of `kinds` declared in `context`, or in every context when `context` is nil.
    func names(of kinds: SymbolKinds, in context: String?) -> [String] {
        if let context {
            return (contexts[context] ?? [:]).filter { kinds.contains($0.value.kind) }.map(\.key).sorted()
        }
        return index.keys.filter { declares($0, of: kinds) }.sorted()
    }

    /// Whether some context declares `name` as one of `kinds`.
    func declares(_ name: String, of kinds: SymbolKinds) -> Bool {
        (index[name] ?? .nobody).contains { contexts[contextOrder[$0]]?[name].map { kinds.contains($0.kind) } ?? false }
    }
}

/// The namespace of the context being resolved, kept at hand: most references are local.
struct CurrentScope {
    var context = ""
    var table: [String: Symbol] = [:]
    /// The last reference made, shared by the next one to the same declaration.
    var lastReference: SymbolReference?
    /// The outcome count of each command of each aggregate resolved so far, for lifecycles.
    var commandOutcomes: [String: [String: Int]] = [:]
}

/// How a reference may resolve.
struct Lookup {
    /// Kinds of declaration accepted.
    var kinds: SymbolKinds
    /// How the expected thing is named in messages ("event", "type").
    var noun: String
    /// Whether only the referring context is searched (actors and external systems are local).
    var localOnly = false
    /// Built-in names offered as suggestions too (`String` for `Strng`).
    var builtins: [String] = []
}

extension Resolution {
    /// Resolves a possibly qualified reference made inside `context`: a local declaration first, then the
    /// single declaration of that name in the model. Reports unknown, ambiguous and wrong-kind references.
    mutating func resolve(_ name: QualifiedName, in context: String, _ lookup: Lookup) -> (reference: SymbolReference, kind: SymbolKind)? {
        let last = name.last
        let parts = name.isSimple ? 1 : name.parts.count
        if parts > 2 {
            diagnostics.error("unresolved-reference", ModelDiagnostics.unresolved(lookup.noun, name.text, scope: nil), at: name.range)
            return nil
        }
        var target: String?
        var found: Symbol?
        if parts == 2 {
            let contextName = name.parts[0]
            guard let table = symbols.contexts[contextName.text] else {
                let contexts = symbols.contextOrder
                report(unresolved: "context", contextName, candidates: contexts, scope: nil)
                return nil
            }
            target = contextName.text
            found = table[last.text]
        } else if let local = context == current.context ? current.table[last.text] : symbols.contexts[context]?[last.text] {
            target = context
            found = local
        } else if !lookup.localOnly {
            // The first few owners are enough to tell and to name an ambiguity.
            let owners = Array((symbols.index[last.text] ?? .nobody).lazy.map { [symbols] in symbols.contextOrder[$0] }.filter { [symbols] in
                symbols.contexts[$0]?[last.text].map { lookup.kinds.contains($0.kind) } ?? false
            }.prefix(ModelDiagnostics.contextsNamed + 1))
            if owners.count > 1 {
                diagnostics.error("ambiguous-reference", ModelDiagnostics.ambiguous(lookup.noun, last.text, contexts: owners), at: name.range)
                return nil
            }
            target = owners.first
            found = owners.first.flatMap { $0 == current.context ? current.table[last.text] : symbols.contexts[$0]?[last.text] }
        }
        guard let target, let symbol = found else {
            if isFollowOn(last) { return nil }
            let scope = parts == 2 ? "context `\(name.parts[0].text)`" : (lookup.localOnly ? "context `\(context)`" : nil)
            let searchIn = parts == 2 ? name.parts[0].text : context
            let symbols = symbols
            func candidates() -> [String] {
                var candidates = symbols.names(of: lookup.kinds, in: searchIn)
                if parts == 1 && !lookup.localOnly && candidates.isEmpty {
                    candidates = symbols.names(of: lookup.kinds, in: nil)
                }
                return candidates + lookup.builtins
            }
            report(unresolved: lookup.noun, last, candidates: candidates(), scope: scope)
            return nil
        }
        guard lookup.kinds.contains(symbol.kind) else {
            diagnostics.error("wrong-kind-reference", ModelDiagnostics.wrongKind(name.text, is: symbol.kind.described, expected: "\(article(lookup.noun)) \(lookup.noun)"),
                              at: name.range, notes: [DiagnosticNote("`\(last.text)` is declared here", at: symbol.range)])
            return nil
        }
        return (reference(to: last.text, in: target), symbol.kind)
    }

    /// A reference to `name` in `context`, sharing the box of the last one made when it names the same
    /// declaration: the fields of a context's declarations name the same few types one after another
    /// (`ref: Ref`). A table of every reference made would cost a hash for each (1.6% more instructions in
    /// `check`) and save little more, since most other references name a declaration once.
    mutating func reference(to name: String, in context: String) -> SymbolReference {
        if let last = current.lastReference, last.name == name, last.context == context { return last }
        let reference = SymbolReference(context: context, name: name)
        current.lastReference = reference
        return reference
    }

    /// Reports an unknown name, with a "did you mean" fix-it when a near name exists.
    /// The candidates are gathered only while the run's ``SuggestionBudget`` lasts.
    mutating func report(unresolved noun: String, _ name: Name, candidates: @autoclosure () -> [String], scope: String?) {
        if isFollowOn(name) { return }
        var fixIts: [FixIt] = []
        if let match = habitualName(for: name, noun: noun) ?? suggestions.closest(to: name.text, in: candidates()) {
            fixIts.append(FixIt("did you mean `\(match)`?", edits: [TextEdit(range: name.range, replacement: match)]))
        }
        diagnostics.error("unresolved-reference", ModelDiagnostics.unresolved(noun, name.text, scope: scope), at: name.range, fixIts: fixIts)
    }

    func article(_ noun: String) -> String {
        guard let first = noun.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
