/// Field blocks, fields, types, literals, annotations and strings.
extension FormatWriter {
    /// `head { fields } tail` on one line when the block may stay inline (see ``StormFormatter``) and the
    /// line fits; otherwise one field a line and `} tail`. Just `head tail` when there is no field block.
    func printWithFields(_ head: WrappableLine, _ fields: [FieldSyntax]?, closingComments: [String], tail: WrappableLine = WrappableLine(),
                         info: DeclarationInfo, into printer: inout TextPrinter) {
        let opening = WrappableLine(annotationPrefix(info)).appending(head)
        guard let fields else {
            printer.print(opening.appending(tail), width: StormFormatter.lineWidth, trailing: trailingComment(info))
            return
        }
        if closingComments.isEmpty, fields.count <= StormFormatter.maximumInlineFields,
           fields.allSatisfy({ !FormatWriter.hasComments($0.info) }) {
            let block = fields.isEmpty ? "{}" : "{ " + fields.map(fieldText).joined(separator: ", ") + " }"
            let line = opening.appending(" " + block).appending(tail).text
            if fits(line, in: printer) {
                printer.print(line + trailingComment(info))
                return
            }
        }
        printBlock(opening, fields, info: \.info, closingComments: closingComments, after: tail, trailing: trailingComment(info),
                   into: &printer) { field, printer in
            printer.print(fieldText(field) + trailingComment(field.info))
        }
    }

    /// `name: Type = default @annotation …`: every annotation after the field, wherever it was written.
    func fieldText(_ field: FieldSyntax) -> String {
        var text = field.name.text + ": " + typeText(field.type)
        if let value = field.defaultValue { text += " = " + literalText(value) }
        for annotation in field.info.annotations {
            text += " " + annotationText(annotation)
        }
        return text
    }

    /// `Name`, `Context.Name`, `[T]`, `[K: V]`, `T?`
    func typeText(_ type: TypeSyntax) -> String { type.written }

    /// A literal as it is written canonically.
    func literalText(_ literal: LiteralSyntax) -> String {
        switch literal {
        case .string(let string): FormatWriter.quoted(string.value)
        case .number(let text, _): text
        case .bool(let value, _): value ? "true" : "false"
        case .null: "null"
        case .name(let name): name.text
        case .list(let elements, _): "[" + elements.map(literalText).joined(separator: ", ") + "]"
        case .emptyMap: "[:]"
        case .duration(let amount, let unit, _): FormatWriter.durationText(amount, unit)
        }
    }

    /// `5 minutes`, `1 minute`.
    static func durationText(_ amount: Int, _ unit: TimeUnit) -> String {
        "\(amount) " + (amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)
    }

    /// `@pii`, `@deprecated("reason")`
    func annotationText(_ annotation: Annotation) -> String {
        "@" + annotation.name.text + (annotation.argument.map { "(" + FormatWriter.quoted($0.value) + ")" } ?? "")
    }

    /// A string literal in double quotes, escaped so that the parser reads back `value`: quotes,
    /// backslashes and characters that would break or hide in a line are escaped, the rest is kept.
    static func quoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                switch scalar.properties.generalCategory {
                case .control, .lineSeparator, .paragraphSeparator:
                    text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                default:
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
