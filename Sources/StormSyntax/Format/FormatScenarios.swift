/// Scenarios of an aggregate.
extension FormatWriter {
    /// `scenario "title" {` one `given`, `when` or `then` a line `}`
    func printScenario(_ scenario: ScenarioSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(scenario.info) + "scenario " + FormatWriter.quoted(scenario.title.value)
        printBlock(WrappableLine(opening), scenario.lines, info: \.info, closingComments: scenario.closingComments,
                   trailing: trailingComment(scenario.info), into: &printer) { line, printer in
            switch line.kind {
            case .given(let messages):
                printLine(messageList("given ", messages), line.info, into: &printer)
            case .when(let message):
                printLine(WrappableLine("when " + messageText(message)), line.info, into: &printer)
            case .then(let messages):
                printLine(messages.isEmpty ? WrappableLine("then nothing") : messageList("then ", messages), line.info, into: &printer)
            case .fails(let failure):
                printLine("then fails with " + failure.text, line.info, into: &printer)
            }
        }
    }

    func messageList(_ head: String, _ messages: [MessageSyntax]) -> WrappableLine {
        var line = WrappableLine(head)
        line.appendList(messages.map(messageText))
        return line
    }

    /// `Name { field: value, … }`, or the name alone.
    func messageText(_ message: MessageSyntax) -> String {
        guard let values = message.values else { return message.name.text }
        if values.isEmpty { return message.name.text + " {}" }
        return message.name.text + " { " + values.map { $0.field.text + ": " + literalText($0.value) }.joined(separator: ", ") + " }"
    }
}
