/// Alternative outcomes and failures of commands, and the choices of policies.
extension FormatWriter {
    /// `head A, B or C`: names with a comma inside an alternative and ` or ` between alternatives, each a
    /// place to break.
    func alternatives(_ head: String, _ names: [QualifiedName], starts: [Int]) -> WrappableLine {
        var line = WrappableLine(head)
        for (index, group) in Alternatives.split(names, at: starts).enumerated() {
            for (position, name) in group.enumerated() {
                if index == 0, position == 0 {
                    line.append(name.text)
                } else {
                    line.append(position == 0 ? " or" : ",")
                    line.appendAfterBreak(name.text)
                }
            }
        }
        return line
    }

    /// A command with failures: on one line when it fits, else `fails with …` on a line of its own,
    /// indented as a continuation. (With a trailing comment, which belongs to the first line, the failures
    /// continue that line.)
    func printFailingCommand(_ command: CommandSyntax, head: WrappableLine, tail: WrappableLine, into printer: inout TextPrinter) {
        let failing = tail.appending(failures(command.failures, leading: " "))
        var probe = printer.subPrinter()
        printWithFields(head, command.fields, closingComments: command.closingComments, tail: failing, info: command.info, into: &probe)
        if probe.lines.count == 1 || command.info.comments.trailing != nil {
            printer.append(probe)
            return
        }
        printWithFields(head, command.fields, closingComments: command.closingComments, tail: tail, info: command.info, into: &printer)
        printer.indented { printer in
            printer.indented { printer in
                printer.print(failures(command.failures, leading: ""), width: StormFormatter.lineWidth)
            }
        }
    }

    /// `fails with A { fields }, B`: each failure's fields on its line.
    func failures(_ failures: [FailureSyntax], leading: String) -> WrappableLine {
        let items = failures.map { failure in
            failure.name.text + (failure.fields.map { $0.isEmpty ? " {}" : " { " + $0.map(fieldText).joined(separator: ", ") + " }" } ?? "")
        }
        var line = WrappableLine(leading + "fails with ")
        line.appendList(items)
        return line
    }
}
