/// The lifecycle of an aggregate.
extension FormatWriter {
    /// `lifecycle {` one transition or `final` line each `}`
    func printLifecycle(_ lifecycle: LifecycleSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(lifecycle.info) + "lifecycle"
        printBlock(WrappableLine(opening), lifecycle.members, info: \.info, closingComments: lifecycle.closingComments,
                   trailing: trailingComment(lifecycle.info), into: &printer) { member, printer in
            switch member {
            case .transition(let transition):
                let line = transition.sources.map(\.text).joined(separator: ", ") + " -> " + transition.target.text + " by " + transition.command.text
                printLine(line, transition.info, into: &printer)
            case .final(let states, let info):
                printLine("final " + states.map(\.text).joined(separator: ", "), info, into: &printer)
            }
        }
    }
}
