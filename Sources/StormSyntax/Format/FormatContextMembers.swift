/// The members of a bounded context and of an aggregate.
extension FormatWriter {
    func printContextMember(_ member: ContextMemberSyntax, into printer: inout TextPrinter) {
        switch member {
        case .owner(let team, let info):
            printLine("owner " + team.text, info, into: &printer)
        case .vision(let vision, let info):
            printLine("vision " + FormatWriter.quoted(vision.value), info, into: &printer)
        case .actor(let name, let info):
            printLine("actor " + name.text, info, into: &printer)
        case .externalSystem(let name, let info):
            printLine("external system " + name.text, info, into: &printer)
        case .identifier(let identifier):
            let rawType = identifier.rawType.map { ": " + typeText($0) } ?? ""
            printLine("id " + identifier.name.text + rawType, identifier.info, into: &printer)
        case .valueObject(let value):
            printTypeDeclaration("value", value, into: &printer)
        case .entity(let entity):
            printTypeDeclaration("entity", entity, into: &printer)
        case .enumeration(let enumeration):
            printEnum(enumeration, into: &printer)
        case .aggregate(let aggregate):
            printAggregate(aggregate, into: &printer)
        case .command(let command):
            printCommand(command, into: &printer)
        case .event(let event):
            let version = event.version.map { " v\($0.value)" + (event.revision?.written ?? "") } ?? ""
            printWithFields(WrappableLine("event " + event.name.text + version), event.fields, closingComments: event.closingComments,
                            info: event.info, into: &printer)
            printPreviousVersions(event.previous, into: &printer)
        case .policy(let policy):
            let reaction = policy.schedule.map { scheduleLine(policy.name, $0) } ?? list("policy \(policy.name.text): when ", policy.triggers)
            let line = reaction.appending(alternatives(" then ", policy.commands, starts: policy.choiceStarts))
            printLine(line, policy.info, into: &printer)
        case .readModel(let readModel) where !readModel.queries.isEmpty:
            printReadModelWithQueries(readModel, into: &printer)
        case .readModel(let readModel):
            printWithFields(list("read model \(readModel.name.text) from ", readModel.sources), readModel.fields,
                            closingComments: readModel.closingComments, info: readModel.info, into: &printer)
        case .hotspot(let question, let info):
            printLine("hotspot " + FormatWriter.quoted(question.value), info, into: &printer)
        case .dataProduct(let product):
            printDataProduct(product, into: &printer)
        }
    }

    /// `value Name { fields }` or `entity Name { fields }`
    func printTypeDeclaration(_ keyword: String, _ declaration: TypeDeclarationSyntax, into printer: inout TextPrinter) {
        printWithFields(WrappableLine(keyword + " " + declaration.name.text), declaration.fields, closingComments: declaration.closingComments,
                        info: declaration.info, into: &printer)
    }

    /// `command Name by Issuer, … { fields } emits Event, …`
    func printCommand(_ command: CommandSyntax, into printer: inout TextPrinter) {
        var head = WrappableLine("command " + command.name.text)
        if !command.issuers.isEmpty { head = head.appending(list(" by ", command.issuers)) }
        let tail = command.emits.isEmpty ? WrappableLine() : alternatives(" emits ", command.emits, starts: command.outcomeStarts)
        if !command.failures.isEmpty {
            printFailingCommand(command, head: head, tail: tail, into: &printer)
            return
        }
        printWithFields(head, command.fields, closingComments: command.closingComments, tail: tail, info: command.info, into: &printer)
    }

    /// `enum Name { a, b, c }` on one line when it fits and no case carries a comment, else one case a line.
    func printEnum(_ enumeration: EnumSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(enumeration.info) + "enum " + enumeration.name.text
        let caseText = { (enumCase: EnumCaseSyntax) in self.annotationPrefix(enumCase.info) + enumCase.name.text }
        if enumeration.closingComments.isEmpty, enumeration.cases.allSatisfy({ !FormatWriter.hasComments($0.info) }) {
            let line = opening + (enumeration.cases.isEmpty ? " {}" : " { " + enumeration.cases.map(caseText).joined(separator: ", ") + " }")
            if fits(line, in: printer) {
                printer.print(line + trailingComment(enumeration.info))
                return
            }
        }
        printBlock(WrappableLine(opening), enumeration.cases, info: \.info, closingComments: enumeration.closingComments,
                   trailing: trailingComment(enumeration.info), into: &printer) { enumCase, printer in
            printer.print(caseText(enumCase) + trailingComment(enumCase.info))
        }
    }

    /// `aggregate Name {` fields, invariants, commands, entities, values and hotspots `}`
    func printAggregate(_ aggregate: AggregateSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(aggregate.info) + "aggregate " + aggregate.name.text
        printBlock(WrappableLine(opening), aggregate.members, info: \.info, closingComments: aggregate.closingComments,
                   trailing: trailingComment(aggregate.info), into: &printer) { member, printer in
            switch member {
            case .field(let field):
                printer.print(fieldText(field) + trailingComment(field.info))
            case .invariant(let text, let info):
                printLine("invariant " + FormatWriter.quoted(text.value), info, into: &printer)
            case .command(let command):
                printCommand(command, into: &printer)
            case .entity(let entity):
                printTypeDeclaration("entity", entity, into: &printer)
            case .valueObject(let value):
                printTypeDeclaration("value", value, into: &printer)
            case .hotspot(let question, let info):
                printLine("hotspot " + FormatWriter.quoted(question.value), info, into: &printer)
            case .lifecycle(let lifecycle):
                printLifecycle(lifecycle, into: &printer)
            case .scenario(let scenario):
                printScenario(scenario, into: &printer)
            case .owner(let team, let info):
                printLine("owner " + team.text, info, into: &printer)
            }
        }
    }

    /// Whether a declaration carries a doc comment or a plain comment, which needs a line of its own.
    static func hasComments(_ info: DeclarationInfo) -> Bool {
        !info.doc.isEmpty || !info.comments.leading.isEmpty || info.comments.trailing != nil
    }
}
