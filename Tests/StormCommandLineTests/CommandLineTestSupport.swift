import Foundation
import StormCommandLine
import Testing

/// Helpers for the tests of `check`, `model`, `help` and the top level of `stormc`.
enum CommandLineTestSupport {
    /// Runs `stormc` in-process with a console that captures both streams and colours errors only when
    /// told to, as ``Console/standard()`` does on a terminal.
    static func run(_ arguments: [String], colors: Bool = false, environment: [String: String] = [:]) -> CommandResult {
        final class Streams: @unchecked Sendable {
            var out = ""
            var error = ""
        }
        let streams = Streams()
        let console = Console(environment: environment, colorsErrors: colors, out: { streams.out += $0 }, error: { streams.error += $0 })
        let status = StormCommandLine.run(arguments, console: console)
        return CommandResult(status: status, out: streams.out, error: streams.error)
    }

    /// A model that checks clean: two files, two contexts, three events.
    static let cleanModel = [
        "trips.storm": """
        team Journeys
        context Trips {
          owner Journeys
          event TripStarted
          event TripEnded { at: Timestamp }
        }
        """,
        "scoring.storm": """
        context Scoring {
          command ScoreTrip emits TripScored
          event TripScored { score: Int = 100 }
          policy ScoreEveryTrip: when TripEnded then ScoreTrip
        }
        context map Insurance { Trips [U] -> [D] Scoring }
        """,
    ]

    /// The `stormc` executable built beside the test bundle, for what needs a process: the current folder,
    /// a terminal. Nil, after saying why (or failing when `STORM_REQUIRE_TOOLS=1`), when it is not built.
    static func executable() -> URL? { ChildProcess.stormc() }

    /// Runs a program in `folder` with `environment`, returning its status and both streams.
    static func process(_ executable: URL, _ arguments: [String], in folder: String, environment: [String: String]) throws -> CommandResult {
        try ChildProcess.run(executable, arguments, in: folder, environment: environment)
    }

    /// The lines of JSON Lines output, each parsed into an object.
    static func jsonLines(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                Issue.record("not a JSON object: \(line)", sourceLocation: sourceLocation)
                return nil
            }
            return object
        }
    }
}
