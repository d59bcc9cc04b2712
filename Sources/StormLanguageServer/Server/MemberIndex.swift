import StormModel
import StormSource
import StormSyntax

/// The fields and enumeration cases of a model and every place their names are written: what rename,
/// definition, references and hover read for them. Built with the ``SymbolIndex``, from the resolved
/// model, the files' tokens and the declarations' occurrences, in one pass over each.
///
/// A field is written where it is declared, and as a field of a scenario's message
/// (`given HoldPlaced { book: b1 }`), whose event or command says whose field it is. A case is written in
/// its enumeration, and as a value (a default, a scenario's value) of a field typed by its enumeration.
/// Nothing else in the language names a field or a case.
struct MemberIndex: Sendable {
    var members: [Member] = []
    /// Per file, every occurrence of a member, in source order.
    var occurrences: [[MemberOccurrence]] = []
    /// Each member by its owner, part, kind and name.
    var byKey: [Member.Key: Int] = [:]
    /// Field names written in a message whose event or command is unknown: where each is first written.
    var unknownFields: [String: SourceRange] = [:]
    /// Bare names written as the value of a field that is unknown: where each is first written.
    var unknownValues: [String: SourceRange] = [:]

    init() {}

    init(model: Model, symbols: SymbolIndex) {
        occurrences = Array(repeating: [], count: symbols.tokens.count)
        var builder = Builder(symbols: symbols, model: model)
        builder.declare(model)
        for id in model.sources.ids { builder.scanScenarios(in: id) }
        members = builder.members
        byKey = builder.byKey
        unknownFields = builder.unknownFields
        unknownValues = builder.unknownValues
        for occurrence in builder.found { occurrences[occurrence.range.file.index].append(occurrence) }
        for file in occurrences.indices { occurrences[file].sort { $0.range.start < $1.range.start } }
    }

    /// The occurrence under a byte offset (touching its start or end), if any.
    func occurrence(at offset: Int, in file: FileID) -> MemberOccurrence? { occurrences[file.index].element(at: offset) }

    /// Every occurrence of a member, in file then source order.
    func occurrences(of member: Int) -> [MemberOccurrence] {
        occurrences.flatMap { $0.filter { $0.member == member } }
    }
}

extension MemberIndex {
    /// Finds the members and their occurrences: a walk of the model for declarations and defaults, then
    /// one pass over each file's tokens for scenarios.
    struct Builder {
        let symbols: SymbolIndex
        let model: Model
        var members: [Member] = []
        var byKey: [Member.Key: Int] = [:]
        var found: [MemberOccurrence] = []
        var unknownFields: [String: SourceRange] = [:]
        var unknownValues: [String: SourceRange] = [:]
        /// The fields with a default, read once every case is known: the member and where its field ends.
        private var defaults: [(member: Int, end: Int)] = []
        /// The bytes of each file.
        private let fileBytes: [[UInt8]]
        /// Declarations by kind, context and name: the first of each.
        private var declarationOf: [DeclarationKey: Int] = [:]

        private struct DeclarationKey: Hashable {
            var kind: DeclarationKind
            var scope: String?
            var name: String
        }

        init(symbols: SymbolIndex, model: Model) {
            self.symbols = symbols
            self.model = model
            fileBytes = model.sources.ids.map { model.sources[$0].bytes }
            declarationOf.reserveCapacity(symbols.declarations.count)
            for (index, declaration) in symbols.declarations.enumerated() {
                let key = DeclarationKey(kind: declaration.kind, scope: declaration.scope, name: declaration.name)
                if declarationOf[key] == nil { declarationOf[key] = index }
            }
        }

        func declaration(_ kind: DeclarationKind, _ name: String, in context: String) -> Int? {
            declarationOf[DeclarationKey(kind: kind, scope: context, name: name)]
        }

        // MARK: Declarations

        mutating func declare(_ model: Model) {
            // Events and commands are most of a model's fields: their count sizes the tables once.
            var expected = 0
            for context in model.contexts {
                for index in context.events.indices { expected += context.events[index].fields.count }
                for index in context.commands.indices { expected += context.commands[index].fields.count }
            }
            byKey.reserveCapacity(expected)
            members.reserveCapacity(expected)
            found.reserveCapacity(expected)
            for context in model.contexts {
                let scope = context.name
                // Read in place: an event or command is a large value, not worth copying for its fields.
                for index in context.events.indices {
                    let owner = declaration(.event, context.events[index].name, in: scope)
                    addFields(context.events[index].fields, of: owner)
                    for previous in context.events[index].previous { addFields(previous.fields, of: owner, part: .previousMajor(previous.version)) }
                }
                for index in context.commands.indices {
                    let owner = declaration(.command, context.commands[index].name, in: scope)
                    addFields(context.commands[index].fields, of: owner)
                    for failure in context.commands[index].failures { addFields(failure.fields, of: owner, part: .failure(failure.name)) }
                }
                for aggregate in context.aggregates { addFields(aggregate.fields, of: declaration(.aggregate, aggregate.name, in: scope)) }
                for entity in context.entities { addFields(entity.fields, of: declaration(.entity, entity.name, in: scope)) }
                for value in context.valueObjects { addFields(value.fields, of: declaration(.valueObject, value.name, in: scope)) }
                for readModel in context.readModels {
                    let owner = declaration(.readModel, readModel.name, in: scope)
                    addFields(readModel.fields, of: owner)
                    for query in readModel.queries { addFields(query.parameters, of: owner, part: .query(query.name)) }
                }
                for enumeration in context.enumerations {
                    guard let owner = declaration(.enumeration, enumeration.name, in: scope) else { continue }
                    for item in enumeration.cases { _ = add(.enumCase, item.name, owner: owner, part: nil, range: item.range, doc: item.doc, type: nil) }
                }
            }
            // Defaults name cases: read once every enumeration's cases are known.
            for (member, end) in defaults {
                let range = members[member].nameRange
                let tokens = symbols.tokens[range.file.index]
                var position = symbols.firstToken(at: range.end, in: tokens)
                while position < tokens.count, Int(tokens[position].start) < end, tokens[position].kind != .equals { position += 1 }
                guard position < tokens.count, Int(tokens[position].start) < end, let type = members[member].type else { continue }
                _ = scanValue(from: position + 1, in: range.file, type: type, end: end)
            }
            defaults = []
        }

        /// Adds the fields of an owner (nil when its declaration is not indexed), noting those with a default.
        private mutating func addFields(_ fields: [Field], of owner: Int?, part: Member.Part? = nil) {
            guard let owner else { return }
            for field in fields {
                let member = add(.field, field.name, owner: owner, part: part, range: field.range, doc: field.doc, type: field.type)
                if let member, field.defaultValue != nil { defaults.append((member, field.range.end)) }
            }
        }

        /// Adds a member whose name is found among the tokens of its range; its index.
        private mutating func add(_ kind: Member.Kind, _ name: String, owner: Int, part: Member.Part?, range: SourceRange,
                                  doc: String, type: TypeReference?) -> Int? {
            let bytes = fileBytes[range.file.index]
            let tokens = symbols.tokens[range.file.index]
            var position = symbols.firstToken(at: range.start, in: tokens)
            while position < tokens.count, Int(tokens[position].start) < max(range.end, range.start + 1) {
                let token = tokens[position]
                let named = token.kind == .identifier && Int(token.end - token.start) == name.utf8.count
                    && bytes[Int(token.start)..<Int(token.end)].elementsEqual(name.utf8)
                let nextIsColon = position + 1 < tokens.count && tokens[position + 1].kind == .colon
                if named, kind == .enumCase || nextIsColon {
                    let key = Member.Key(owner: owner, part: part, kind: kind, name: name)
                    if let first = byKey.updateValue(members.count, forKey: key) {
                        byKey[key] = first  // a duplicate, reported by the compiler: the first stays
                        return nil
                    }
                    let nameRange = SourceRange(file: range.file, start: Int(token.start), end: Int(token.end))
                    found.append(MemberOccurrence(range: nameRange, member: members.count, isDeclaration: true))
                    members.append(Member(kind: kind, name: name, owner: owner, part: part, nameRange: nameRange, doc: doc, type: type))
                    return members.count - 1
                }
                position += 1
            }
            return nil
        }

        // MARK: Values

        /// The case a bare name in a value of `type` names, if it names one; `inList` for an element of `[…]`.
        private func enumerationCase(_ name: String, of type: TypeReference, inList: Bool) -> Int? {
            var type = type.nonOptional
            if inList {
                guard case .list(let element) = type else { return nil }
                type = element.nonOptional
            }
            guard case .enumeration(let reference) = type,
                  let enumeration = declaration(.enumeration, reference.name, in: reference.context) else { return nil }
            return byKey[Member.Key(owner: enumeration, part: nil, kind: .enumCase, name: name)]
        }

        /// Reads the literal starting at `start` (a default or a scenario's value), recording the cases it
        /// names; `type` nil when its field is unknown. Stops at what cannot be part of a literal, at `end`,
        /// or at the next `name:` of a message; returns where it stopped.
        mutating func scanValue(from start: Int, in id: FileID, type: TypeReference?, end: Int = .max) -> Int {
            let file = model.sources[id]
            let tokens = symbols.tokens[id.index]
            var position = start
            var depth = 0
            while position < tokens.count, Int(tokens[position].start) < end {
                let token = tokens[position]
                switch token.kind {
                case .leftBracket: depth += 1
                case .rightBracket: depth -= 1
                case .comma where depth <= 0: return position
                case .identifier:
                    let next = position + 1 < tokens.count ? tokens[position + 1].kind : .endOfFile
                    if depth <= 0, next == .colon { return position }
                    let name = symbols.text(token, file)
                    let afterNumber = position > 0 && tokens[position - 1].kind == .number
                    if afterNumber || ["true", "false", "null"].contains(name) { break }
                    let range = SourceRange(file: id, start: Int(token.start), end: Int(token.end))
                    guard let type else {
                        if unknownValues[name] == nil { unknownValues[name] = range }
                        break
                    }
                    if let member = enumerationCase(name, of: type, inList: depth > 0) {
                        found.append(MemberOccurrence(range: range, member: member, isDeclaration: false))
                    }
                case .comma, .string, .number, .colon, .minus, .dot: break
                default: return position
                }
                position += 1
            }
            return position
        }
    }
}
