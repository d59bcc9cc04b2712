import Foundation

/// One subcommand of `storm-bench`: the word that selects it, a one-line summary for the overview,
/// the usage printed with `--help` and after a usage error, and what it does with its options.
struct BenchSubcommand: Sendable {
    var name: String
    var summary: String
    var usage: String
    /// Runs with the options after the subcommand's name; returns the exit status.
    var run: @Sendable (inout BenchOptions, BenchConsole) throws -> Int32
}

/// The `storm-bench` tool: synthetic workloads for measuring `stormc` against other compilers.
/// Each subcommand lives in its own file; adding one means adding it to ``subcommands``.
enum BenchCommand {
    static let subcommands: [BenchSubcommand] = [SynthCommand.subcommand, TimeCommand.subcommand, ScaleCommand.subcommand,
                                                 LanguageServerLatencyCommand.subcommand]

    /// Runs `storm-bench` with its arguments (without the program name); returns the exit status:
    /// 0 on success, 1 when the work failed, 2 on a usage error.
    static func run(_ arguments: [String], console: BenchConsole) -> Int32 {
        guard let word = arguments.first else {
            console.error(overview)
            return 2
        }
        if ["help", "--help", "-h"].contains(word) {
            console.print(overview)
            return 0
        }
        guard let subcommand = subcommands.first(where: { $0.name == word }) else {
            console.error("error: unknown subcommand `\(word)`\n\n\(overview)")
            return 2
        }
        var options = BenchOptions(Array(arguments.dropFirst()))
        if options.wantsHelp {
            console.print(subcommand.usage)
            return 0
        }
        do {
            return try subcommand.run(&options, console)
        } catch let error as BenchUsageError {
            console.error("error: \(error.message)\n\n\(subcommand.usage)")
            return 2
        } catch {
            console.error("error: \(error)")
            return 1
        }
    }

    static var overview: String {
        let width = subcommands.map(\.name.count).max() ?? 0
        let lines = subcommands.map { "  " + $0.name.padding(toLength: width + 3, withPad: " ", startingAt: 0) + $0.summary }
        return """
            USAGE: storm-bench <subcommand> [options]

            SUBCOMMANDS:
            \(lines.joined(separator: "\n"))

            Run `storm-bench <subcommand> --help` for the options of one subcommand.
            """
    }
}
