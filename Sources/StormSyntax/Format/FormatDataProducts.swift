/// Data products, their ports and objectives.
extension FormatWriter {
    /// `data product Name {` owner, ports and objectives `}`
    func printDataProduct(_ product: DataProductSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(product.info) + "data product " + product.name.text
        printBlock(WrappableLine(opening), product.members, info: \.info, closingComments: product.closingComments,
                   trailing: trailingComment(product.info), into: &printer) { member, printer in
            switch member {
            case .owner(let team, let info):
                printLine("owner " + team.text, info, into: &printer)
            case .inputPort(let port):
                printLine(list("input port \(port.name.text) consumes ", port.events), port.info, into: &printer)
            case .outputPort(let port):
                printOutputPort(port, into: &printer)
            case .objective(let objective):
                printLine(objectiveText(objective), objective.info, into: &printer)
            }
        }
    }

    /// `output port name publishes Event, …`, followed by a block of objectives, one a line, when it has any.
    func printOutputPort(_ port: PortSyntax, into printer: inout TextPrinter) {
        let opening = list("output port \(port.name.text) publishes ", port.events)
        guard !port.objectives.isEmpty || !port.closingComments.isEmpty else {
            printLine(opening, port.info, into: &printer)
            return
        }
        printBlock(WrappableLine(annotationPrefix(port.info)).appending(opening), port.objectives, info: \.info,
                   closingComments: port.closingComments, trailing: trailingComment(port.info), into: &printer) { objective, printer in
            printLine(objectiveText(objective), objective.info, into: &printer)
        }
    }

    /// `freshness 5 minutes` or `availability 99.9%`
    func objectiveText(_ objective: ObjectiveSyntax) -> String {
        switch objective.kind {
        case .freshness(let amount, let unit): "freshness " + FormatWriter.durationText(amount, unit)
        case .availability(let percent): "availability " + percent + "%"
        }
    }
}
