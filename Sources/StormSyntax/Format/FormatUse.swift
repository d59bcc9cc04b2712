extension FormatWriter {
    /// `use Name from "path"`, then its pins one per line in a block.
    func printUse(_ use: UseSyntax, into printer: inout TextPrinter) {
        let head = annotationPrefix(use.info) + "use " + use.name.text + " from " + FormatWriter.quoted(use.path.value)
        guard !use.pins.isEmpty else {
            printer.print(head + trailingComment(use.info))
            return
        }
        printer.print(head + " {" + trailingComment(use.info))
        for pin in use.pins { printer.print("  " + pin.event.text + " v\(pin.version.value)") }
        printer.print("}")
    }
}
