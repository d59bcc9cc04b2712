/// The previous majors of an event.
extension FormatWriter {
    /// `was v1 { fields }`, each on the lines after the event.
    func printPreviousVersions(_ previous: [PreviousVersionSyntax], into printer: inout TextPrinter) {
        for version in previous {
            printLeadingTrivia(version.info, blankLineAfterComments: false, into: &printer)
            printWithFields(WrappableLine("was v\(version.version.value)"), version.fields, closingComments: version.closingComments,
                            info: version.info, into: &printer)
        }
    }
}
