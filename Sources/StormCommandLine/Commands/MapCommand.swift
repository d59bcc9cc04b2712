import Foundation
import StormGenerators
import StormKit

/// `stormc map [PATH...] [--view VIEW] [--context NAME] [--format FORMAT] [--out FILE] [--cluster BY] [--show-events]
/// [--focus CONTEXT] [--depth N] [--collapse domain]`
enum MapCommand: Command {
    static let name = "map"
    static let summary = "Draw the context map or the event flows (DOT, SVG, PNG, PDF, Mermaid)"
    static let help = """
    USAGE: stormc map [PATH...] [--view context-map|flow|big-picture|teams|lifecycle] [--context NAME]
                      [--format dot|svg|png|pdf|mermaid] [--out FILE] [--cluster team|domain|none] [--show-events]
                      [--focus CONTEXT] [--depth N] [--collapse domain]

    Draws one picture of the model at PATH (with no PATH, of the one model folder under ./Models, or
    under the `models` folder of ./storm.json).
    The same model always gives the same DOT and Mermaid, byte for byte.

    VIEWS:
      context-map  A box per bounded context (coloured by subdomain kind, with its team) and an edge per
                   relationship, with the roles of each end (default)
      flow         The event-storming timeline of one context (--context), with its neighbours
      big-picture  The event-storming timeline of every context
      teams        A box per team (what it owns, its contact) and an edge per team relationship
      lifecycle    The state machine of each aggregate of one context (--context) that declares a
                   lifecycle (Mermaid writes a stateDiagram-v2)

    OPTIONS:
      --view VIEW        The picture to draw (default context-map)
      --context NAME     The context of the flow and lifecycle views
      --format FORMAT    dot or mermaid (text, nothing to install), or svg, png, pdf (rendered by
                         Graphviz `dot`, found on PATH or at $STORM_DOT) (default dot)
      --out FILE         Write to FILE instead of standard output (required for png and pdf)
      --cluster BY       Frame the contexts of the context map by team or domain (default none)
      --show-events      Label context-map edges with the events that cross them
      --focus CONTEXT    Draw only CONTEXT and its neighbours on the context map
      --depth N          With --focus: how many relationships away a neighbour may be (default 1)
      --collapse domain  One box per domain; edges between domains merged, labelled with counts
      --config FILE      Read the models folder from FILE instead of ./storm.json
      -h, --help         Show this help

    EXAMPLE:
      stormc map Models/MotorInsurance --format svg --out map.svg

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let view = try choice(arguments.option("--view"), of: DiagramView.self, option: "--view") ?? .contextMap
        let context = try arguments.option("--context")
        let format = try arguments.option("--format") ?? "dot"
        let out = try arguments.option("--out", "-o")
        let clustering = try choice(arguments.option("--cluster"), of: DiagramClustering.self, option: "--cluster") ?? .none
        let showEvents = arguments.flag("--show-events")
        let focus = try arguments.option("--focus")
        let depthText = try arguments.option("--depth")
        let collapse = try choice(arguments.option("--collapse"), of: DiagramCollapse.self, option: "--collapse")
        let configPath = try arguments.option("--config")
        let paths = try arguments.positionals()
        let image = Graphviz.Format(rawValue: format)
        guard let language = image == nil ? DiagramLanguage(rawValue: format) : .dot else {
            throw UsageError("--format takes dot, svg, png, pdf or mermaid, not `\(format)`")
        }
        if view == .flow || view == .lifecycle, context == nil { throw UsageError("the \(view.rawValue) view needs --context NAME") }
        if (focus != nil || collapse != nil), view != .contextMap { throw UsageError("--focus and --collapse apply to the context map") }
        if depthText != nil, focus == nil { throw UsageError("--depth needs --focus CONTEXT") }
        guard let depth = Int(depthText ?? "1"), depth >= 0 else { throw UsageError("--depth takes a number from 0, not `\(depthText ?? "")`") }
        if image == .png || image == .pdf, out == nil { throw UsageError("--format \(format) writes binary: give --out FILE") }
        guard let configuration = projectConfiguration(configPath, paths: paths, console: console) else { return ExitCode.usage }
        if paths.isEmpty, let folders = try? ModelLoader.modelFolders(under: configuration.models), folders.count > 1 {
            throw UsageError("there are several models under \(configuration.models)/ (\(folders.joined(separator: ", "))): give the path of one")
        }
        var graphviz: Graphviz?
        if image != nil {
            do throws(Graphviz.Failure) {
                graphviz = try Graphviz.locate(environment: console.environment)
            } catch {
                console.error("stormc map: error: \(error)\n")
                return ExitCode.usage
            }
        }
        let options = DiagramOptions(view: view, context: context, clustering: clustering, showEvents: showEvents,
                                     focus: focus, depth: depth, collapse: collapse)
        let printer = try DiagnosticPrinter(format: nil, console: console)
        return forEachModel(paths, modelsFolder: configuration.models, printer: printer, console: console) { loaded throws(LoadError) in
            let text: String
            do throws(GeneratorError) {
                text = try DiagramGenerator.render(loaded.model, diagram: options, language: language)
            } catch {
                console.error("stormc map: error: \(error.message)\n")
                return ExitCode.usage
            }
            guard let graphviz, let image else { return try write(Data(text.utf8), to: out, console: console) }
            let output: Graphviz.Output
            do throws(Graphviz.Failure) {
                output = try graphviz.render(text, format: image)
            } catch {
                console.error("stormc map: error: \(error)\n")
                return ExitCode.failure
            }
            if !output.warnings.isEmpty { console.error(output.warnings) }
            return try write(output.image, to: out, console: console)
        }
    }

    /// The case of `T` an option names, or a usage error listing the choices.
    private static func choice<T: RawRepresentable & CaseIterable>(_ value: String?, of type: T.Type, option: String) throws(UsageError) -> T?
    where T.RawValue == String {
        guard let value else { return nil }
        guard let choice = T(rawValue: value) else {
            throw UsageError("\(option) takes \(T.allCases.map(\.rawValue).joined(separator: ", ")), not `\(value)`")
        }
        return choice
    }

    /// Writes to the file, or to standard output (text only: binary formats always have a file).
    private static func write(_ data: Data, to path: String?, console: Console) throws(LoadError) -> Int32 {
        guard let path else {
            console.out(String(decoding: data, as: UTF8.self))
            return ExitCode.success
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LoadError("cannot write \(path): \(error.localizedDescription)")
        }
        return ExitCode.success
    }
}
