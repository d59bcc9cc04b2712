/// Read models that answer queries.
extension FormatWriter {
    /// A line of a read model's block: a field or a query.
    enum ReadModelLine {
        case field(FieldSyntax)
        case query(QuerySyntax)
        var info: DeclarationInfo {
            switch self {
            case .field(let field): field.info
            case .query(let query): query.info
            }
        }
    }

    /// `read model Name from Event, … {` its fields, then its queries, one a line `}`
    func printReadModelWithQueries(_ readModel: ReadModelSyntax, into printer: inout TextPrinter) {
        let opening = WrappableLine(annotationPrefix(readModel.info)).appending(list("read model \(readModel.name.text) from ", readModel.sources))
        let lines = (readModel.fields ?? []).map(ReadModelLine.field) + readModel.queries.map(ReadModelLine.query)
        printBlock(opening, lines, info: \.info, closingComments: readModel.closingComments, trailing: trailingComment(readModel.info),
                   into: &printer) { line, printer in
            switch line {
            case .field(let field):
                printer.print(fieldText(field) + trailingComment(field.info))
            case .query(let query):
                var text = WrappableLine("query \(query.name.text)(" + query.parameters.map(fieldText).joined(separator: ", ") + ") returns " + typeText(query.returns))
                if !query.askedBy.isEmpty { text = text.appending(list(" asked by ", query.askedBy)) }
                printLine(text, query.info, into: &printer)
            }
        }
    }
}
