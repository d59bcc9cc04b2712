import StormDiagnostics
import Foundation
import StormGenerators
import StormKit

/// `stormc publish [PATH...] [--out FILE] [--base-uri URI] [--schema]`
enum PublishCommand: Command {
    static let name = "publish"
    static let summary = "Write a model's published interface: data products' output ports and the events they publish"
    static let help = """
    USAGE: stormc publish [PATH...] [--out FILE] [--base-uri URI]
           stormc publish --schema

    Writes the published interface of the model at PATH: what other domains may depend on (the output
    ports of its data products, the events they publish with every field, type and version, the types
    those events use, the owning teams and the objectives), as one JSON document whose shape is
    documented in Docs/Mesh.md. Without --out the document goes to standard output. With no PATH, writes
    Generated/<Model>/<Model>.storm-interface.json for each folder under ./Models. Files are written
    only when their contents change, and nothing is written when the model has errors.

    OPTIONS:
      --out FILE        Where to write the interface
      --base-uri URI    Base of the events' schema $ids (default \(GeneratorOptions().baseURI))
      --schema          Print the JSON Schema of the interface document instead
      -h, --help        Show this help

    EXIT STATUS: 0 written, 1 a model with errors, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let out = try arguments.option("--out", "-o")
        let baseURI = try arguments.option("--base-uri")
        let schema = arguments.flag("--schema")
        let paths = try arguments.positionals()
        if schema {
            guard paths.isEmpty, out == nil, baseURI == nil else { throw UsageError("--schema prints the interface's JSON Schema and takes nothing else") }
            console.out(InterfaceSchema.text)
            return ExitCode.success
        }
        if paths.isEmpty, out != nil { throw UsageError("--out needs a PATH: with no PATH each model gets Generated/<Model>/<Model>\(InterfaceGenerator.fileSuffix)") }
        guard let configuration = projectConfiguration(nil, paths: paths, console: console) else { return ExitCode.usage }
        let options = GeneratorOptions(baseURI: baseURI ?? configuration.baseURI ?? GeneratorOptions().baseURI)
        let printer = try DiagnosticPrinter(format: nil, console: console)
        return forEachModel(paths, modelsFolder: configuration.models, printer: printer, console: console) { loaded throws(LoadError) in
            let files: [GeneratedFile]
            do throws(GeneratorError) {
                files = try InterfaceGenerator.generate(loaded.model, options: options)
            } catch {
                console.error(TextDiagnosticRenderer(sources: loaded.sources, colored: console.colorsErrors).render(error.diagnostic))
                return ExitCode.failure
            }
            if !paths.isEmpty && out == nil {
                console.out(files[0].contents)
                return ExitCode.success
            }
            let target = out ?? configuration.output + "/" + FileNames.component(loaded.model.name) + "/" + files[0].path
            let folder = (target as NSString).deletingLastPathComponent
            let file = GeneratedFile(path: (target as NSString).lastPathComponent, contents: files[0].contents)
            let summary = try OutputWriter.write([file], to: folder.isEmpty ? "." : folder)
            console.error("\(loaded.model.name): \(target) \(summary.written.isEmpty ? "unchanged" : "written")\n")
            return ExitCode.success
        }
    }
}
