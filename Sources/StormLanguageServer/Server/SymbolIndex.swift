import StormDiagnostics
import StormModel
import StormSource
import StormSyntax

/// Every declaration of a model and every place its name is written, found from the resolved model
/// and the tokens of its files: what definition, references, rename, hover and highlighting read.
///
/// A name in the source refers to the declaration the resolver would pick: `Context.Name` to that
/// context's, a bare name to the one of the enclosing context first, then to the model's one of that name.
struct SymbolIndex: Sendable {
    var declarations: [Declaration] = []
    /// Per file, the tokens and comments of the lexer.
    var tokens: [[Token]] = []
    var comments: [[CommentToken]] = []
    /// Per file, every occurrence of a declared name, in source order.
    var occurrences: [[Occurrence]] = []
    /// Name → indices of the declarations of that name.
    var byName: [String: [Int]] = [:]
    /// The fields and enumeration cases, and where their names are written.
    var members = MemberIndex()

    init(model: Model) {
        declare(model)
        for (index, declaration) in declarations.enumerated() { byName[declaration.name, default: []].append(index) }
        for id in model.sources.ids {
            var ignored = DiagnosticList()
            let lexer = Lexer.lex(model.sources[id], id: id, diagnostics: &ignored)
            tokens.append(lexer.tokens)
            comments.append(lexer.comments)
        }
        // The name of each declaration: the first identifier of its text spelled like it.
        for index in declarations.indices {
            let declaration = declarations[index]
            let file = model.sources[declaration.range.file]
            let fileTokens = tokens[declaration.range.file.index]
            var position = firstToken(at: declaration.range.start, in: fileTokens)
            while position < fileTokens.count, Int(fileTokens[position].start) < declaration.range.end {
                let token = fileTokens[position]
                if token.kind == .identifier, text(token, file) == declaration.name {
                    declarations[index].nameRange = SourceRange(file: declaration.range.file, start: Int(token.start), end: Int(token.end))
                    break
                }
                position += 1
            }
        }
        for id in model.sources.ids { occurrences.append(findOccurrences(in: id, file: model.sources[id])) }
        members = MemberIndex(model: model, symbols: self)
        // A case or field spelled like a declaration is the member, not the declaration.
        for file in occurrences.indices where !members.occurrences[file].isEmpty {
            let taken = Set(members.occurrences[file].map(\.range.start))
            occurrences[file].removeAll { taken.contains($0.range.start) }
        }
    }

    /// The index of the first token starting at or after `offset`.
    func firstToken(at offset: Int, in fileTokens: [Token]) -> Int {
        var low = 0, high = fileTokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(fileTokens[middle].start) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func text(_ token: Token, _ file: SourceFile) -> String { file.text(from: Int(token.start), to: Int(token.end)) }

    /// The occurrence under a byte offset (touching its start or end), if any.
    func occurrence(at offset: Int, in file: FileID) -> Occurrence? { occurrences[file.index].element(at: offset) }

    /// Every occurrence of a declaration, in file then source order.
    func occurrences(of declaration: Int) -> [Occurrence] {
        occurrences.flatMap { $0.filter { $0.declaration == declaration } }
    }

    /// The declaration of a kind and name in a scope.
    func declaration(_ kind: DeclarationKind, _ name: String, in scope: String?) -> Int? {
        byName[name]?.first { declarations[$0].kind == kind && declarations[$0].scope == scope }
    }

    private mutating func add(_ kind: DeclarationKind, _ items: [some IndexedDeclaration], in scope: String?) {
        for item in items {
            declarations.append(Declaration(kind: kind, name: item.name, scope: scope, range: item.range, nameRange: item.range, doc: item.doc))
        }
    }

    private mutating func declare(_ model: Model) {
        for domain in model.domains {
            add(.domain, [domain], in: nil)
            add(.subdomain, domain.subdomains, in: domain.name)
        }
        add(.team, model.teams, in: nil)
        for context in model.contexts {
            let scope = context.name
            add(.context, [context], in: nil)
            add(.actor, context.actors, in: scope)
            add(.externalSystem, context.externalSystems, in: scope)
            add(.identifier, context.identifiers, in: scope)
            add(.valueObject, context.valueObjects, in: scope)
            add(.entity, context.entities, in: scope)
            add(.enumeration, context.enumerations, in: scope)
            add(.aggregate, context.aggregates, in: scope)
            add(.command, context.commands, in: scope)
            add(.event, context.events, in: scope)
            add(.policy, context.policies, in: scope)
            add(.readModel, context.readModels, in: scope)
            add(.dataProduct, context.dataProducts, in: scope)
        }
        add(.contextMap, model.contextMaps, in: nil)
    }

    /// The occurrences in one file: a single pass over its tokens, tracking the enclosing context.
    private func findOccurrences(in id: FileID, file: SourceFile) -> [Occurrence] {
        let fileTokens = tokens[id.index]
        var declarationAt: [Int: Int] = [:]
        var contexts: [(range: SourceRange, name: String)] = []
        for (index, declaration) in declarations.enumerated() where declaration.nameRange.file == id {
            declarationAt[declaration.nameRange.start] = index
            if declaration.kind == .context { contexts.append((declaration.range, declaration.name)) }
        }
        contexts.sort { $0.range.start < $1.range.start }
        var contextCursor = 0
        var found: [Occurrence] = []
        for (position, token) in fileTokens.enumerated() where token.kind == .identifier {
            let start = Int(token.start)
            while contextCursor < contexts.count, contexts[contextCursor].range.end <= start { contextCursor += 1 }
            let enclosing = contextCursor < contexts.count && contexts[contextCursor].range.start <= start ? contexts[contextCursor].name : nil
            let range = SourceRange(file: id, start: start, end: Int(token.end))
            if let index = declarationAt[start] {
                found.append(Occurrence(range: range, declaration: index, isDeclaration: true))
                continue
            }
            let name = text(token, file)
            guard let candidates = byName[name] else { continue }
            let next = position + 1 < fileTokens.count ? fileTokens[position + 1].kind : .endOfFile
            if next == .colon { continue }  // a field's name
            var chosen: Int?
            if position >= 2, fileTokens[position - 1].kind == .dot, fileTokens[position - 2].kind == .identifier {
                let qualifier = text(fileTokens[position - 2], file)
                chosen = candidates.first { declarations[$0].scope == qualifier }
            } else if next == .dot {
                chosen = candidates.first { [.context, .domain].contains(declarations[$0].kind) }
            } else {
                chosen = candidates.first { enclosing != nil && declarations[$0].scope == enclosing }
                    ?? candidates.first { !declarations[$0].kind.isContextMember && declarations[$0].kind != .subdomain }
                    ?? candidates.first { declarations[$0].kind.isContextMember && declarations[$0].kind != .actor && declarations[$0].kind != .externalSystem }
            }
            if let chosen { found.append(Occurrence(range: range, declaration: chosen, isDeclaration: false)) }
        }
        return found
    }
}
