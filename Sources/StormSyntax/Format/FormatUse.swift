extension FormatWriter {
    /// `use Name from "path"`
    func printUse(_ use: UseSyntax, into printer: inout TextPrinter) {
        printer.print(annotationPrefix(use.info) + "use " + use.name.text + " from " + FormatWriter.quoted(use.path.value) + trailingComment(use.info))
    }
}
