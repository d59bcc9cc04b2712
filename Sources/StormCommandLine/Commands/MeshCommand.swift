import Foundation
import StormDiagnostics
import StormGenerators
import StormKit
import StormMesh
import StormReview
import StormSource

/// `stormc mesh PATH... [--format text|dot|svg|mermaid] [--report] [--out FILE] [--config FILE]`
enum MeshCommand: Command {
    static let name = "mesh"
    static let summary = "Check that several domains fit together and draw the mesh of their data products"
    static let help = """
    USAGE: stormc mesh PATH... [--format text|dot|svg|mermaid] [--report] [--out FILE] [--config FILE]

    Reads each PATH as a domain (a model folder, or a published interface written by `stormc publish`)
    and checks that they fit together: every `use` names one of the domains, the versions used are the
    versions published, and no two domains are one domain or publish one event type. Then, with
    --format dot, svg or mermaid, draws the mesh: each domain a frame of its data products, an arrow from an
    output port to each input port it feeds. With --report, prints a scorecard per domain (products,
    ports, events, uses, mesh problems, lint errors and warnings) as Markdown.

    OPTIONS:
      --format text|dot|svg|mermaid
                                  text: the problems only (default); dot, mermaid: the drawing;
                                  svg: the DOT drawing rendered by Graphviz `dot` (on PATH or $STORM_DOT)
      --report                    Print the scorecard instead
      --out FILE                  Write the drawing or scorecard to FILE instead of standard output
      --config FILE               Lint configuration for the scorecard instead of ./storm.json
      -h, --help                  Show this help

    EXIT STATUS: 0 the domains fit, 1 a mesh problem or a model with errors, 2 usage or I/O error.

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.option("--format") ?? "text"
        guard ["text", "dot", "svg", "mermaid"].contains(format) else { throw UsageError("--format takes `text`, `dot`, `svg` or `mermaid`, not `\(format)`") }
        let report = arguments.flag("--report")
        let out = try arguments.option("--out", "-o")
        let configPath = try arguments.option("--config")
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw UsageError("give the domains: model folders or published interfaces") }
        if report && format != "text" { throw UsageError("--report prints the scorecard: leave out --format") }
        if out != nil && format == "text" && !report { throw UsageError("--out writes a drawing or the scorecard: give --format dot|svg|mermaid or --report") }

        var domains: [MeshDomain] = []
        var status = ExitCode.success
        for path in paths {
            do throws(MeshLoadError) {
                domains.append(try MeshDomain.load(path))
            } catch {
                if let loaded = error.loaded {
                    let renderer = TextDiagnosticRenderer(sources: loaded.sources, colored: console.colorsErrors)
                    for diagnostic in loaded.diagnostics.sorted { console.error(renderer.render(diagnostic)) }
                    console.error("stormc mesh: \(error.message)\n")
                    status = max(status, ExitCode.failure)
                } else {
                    console.error("stormc: error: \(error.message)\n")
                    return ExitCode.usage
                }
            }
        }
        guard status == ExitCode.success else { return status }
        let mesh = Mesh(domains: domains)
        let problems = mesh.problems()
        let renderer = TextDiagnosticRenderer(sources: SourceManager(), colored: console.colorsErrors)
        for problem in problems { console.error(renderer.render(problem)) }
        let products = domains.map(\.products.count).reduce(0, +)
        let edges = mesh.lineage().count
        console.error("Mesh: \(plural(domains.count, "domain")), \(plural(products, "data product")), \(plural(edges, "lineage edge")): \(plural(problems.count, "error"))\n")

        var text: String
        if report {
            let configuration: LintConfiguration
            do throws(LintConfigurationError) {
                configuration = try LintCommand.loadConfiguration(configPath)
            } catch {
                console.error("stormc mesh: error: \(error.description)\n")
                return ExitCode.usage
            }
            text = MeshScorecard.render(mesh, linter: Linter(configuration: configuration))
        } else if problems.isEmpty, format != "text" {
            text = format == "mermaid" ? MeshDiagram.mermaid(mesh) : MeshDiagram.dot(mesh)
            if format == "svg" {
                do throws(Graphviz.Failure) {
                    let output = try Graphviz.locate(environment: console.environment).render(text, format: .svg)
                    if !output.warnings.isEmpty { console.error(output.warnings) }
                    text = String(decoding: output.image, as: UTF8.self)
                } catch {
                    console.error("stormc mesh: error: \(error)\n")
                    return ExitCode.usage
                }
            }
        } else {
            return problems.isEmpty ? ExitCode.success : ExitCode.failure
        }
        if let out {
            let folder = (out as NSString).deletingLastPathComponent
            do throws(LoadError) {
                _ = try OutputWriter.write([GeneratedFile(path: (out as NSString).lastPathComponent, contents: text)], to: folder.isEmpty ? "." : folder)
            } catch {
                console.error("stormc: error: \(error.message)\n")
                return ExitCode.usage
            }
        } else {
            console.out(text)
        }
        return problems.isEmpty ? ExitCode.success : ExitCode.failure
    }

    private static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
