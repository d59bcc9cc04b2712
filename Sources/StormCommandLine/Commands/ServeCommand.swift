import Foundation
import StormKit
import StormReview
import StormServer

/// `stormc serve [PATH...] [--port N] [--host ADDRESS] [--open] [--workshop] [--config FILE]`
enum ServeCommand: Command {
    static let name = "serve"
    static let summary = "Serve a live page of the model that follows every save (for workshops)"
    static let help = """
    USAGE: stormc serve [PATH...] [--port N] [--host ADDRESS] [--open] [--workshop] [--config FILE]

    Serves a page of the model at PATH (with no PATH, of the one model folder under ./Models): the
    context map, each context's flow, the big picture, the diagnostics, search and a legend. When a
    .storm file is saved, every open page updates in place; a model with errors keeps its last good
    picture with the errors on top. Pictures need Graphviz `dot` (on PATH or at $STORM_DOT).
    Runs until interrupted (Ctrl-C).

    OPTIONS:
      --port N           The port to listen on; 0 picks a free one (default 8080)
      --host ADDRESS     The IPv4 address to bind (default 127.0.0.1, this machine only)
      --open             Open the page in the default browser
      --workshop         Workshop profile: open hotspots, unconsumed events and data products without
                         owners are informational
      --config FILE      Read the lint configuration from FILE instead of ./storm.json
      -h, --help         Show this help

    EXAMPLE:
      stormc serve Models/MotorInsurance --workshop --open

    """

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let portText = try arguments.option("--port") ?? "8080"
        let host = try arguments.option("--host") ?? "127.0.0.1"
        let open = arguments.flag("--open")
        let workshop = arguments.flag("--workshop")
        let configPath = try arguments.option("--config")
        var paths = try arguments.positionals()
        guard let port = Int(portText), (0...65535).contains(port) else { throw UsageError("--port takes a number from 0 to 65535, not `\(portText)`") }
        if paths.isEmpty {
            let folders = (try? ModelLoader.modelFolders(under: "Models")) ?? []
            guard folders.count == 1 else {
                throw UsageError(folders.isEmpty ? "no model folder under Models/: give a path"
                                 : "there are several models under Models/ (\(folders.joined(separator: ", "))): give the path of one")
            }
            paths = folders
        }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            console.error("stormc: error: no such file or folder: \(path)\n")
            return ExitCode.usage
        }
        let lint: LintConfiguration
        do throws(LintConfigurationError) {
            lint = try LintCommand.loadConfiguration(configPath)
        } catch {
            console.error("stormc serve: error: \(error.description)\n")
            return ExitCode.usage
        }
        let graphviz = Result<Graphviz, Graphviz.Failure> { () throws(Graphviz.Failure) in try Graphviz.locate(environment: console.environment) }
        if case .failure(let failure) = graphviz { console.error("stormc serve: warning: \(failure); the page shows no pictures\n") }
        if host != "127.0.0.1" {
            console.error("stormc serve: warning: listening on \(host): anyone who can reach this machine can read the model\n")
        }
        let model = LiveModel(settings: LiveModel.Settings(paths: paths, workshop: workshop, lint: lint, graphviz: graphviz,
                                                           mesh: { paths in paths.count == 1 ? SiteGeneration.meshDrawing(of: paths[0]) : nil }))
        let server: WorkshopServer
        do throws(ServerError) {
            server = try WorkshopServer(model: model, host: host, port: port) { console.error("stormc serve: \($0)") }
        } catch {
            console.error("stormc serve: error: \(error)\n")
            return ExitCode.usage
        }
        server.start()
        stopOnSignals()
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host
        let url = "http://\(shown):\(server.http.port)/"
        console.out("Serving \(paths.joined(separator: ", ")) at \(url) (Ctrl-C to stop)\n")
        if open { openInBrowser(url) }
        while true { Thread.sleep(forTimeInterval: 3600) }
    }

    /// Lets Ctrl-C and `kill` stop the server even when the parent started it with those signals blocked.
    private static func stopOnSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    /// Opens the URL with the desktop's opener (`open` on macOS, `xdg-open` elsewhere), if there is one.
    private static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(macOS)
        process.arguments = ["open", url]
        #else
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
