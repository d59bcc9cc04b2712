import StormDiagnostics

/// `stormc`: the command line of Storm, as a library so it can be tested without a process.
public enum StormCommandLine {
    /// The version `stormc --version` prints.
    public static let version = "0.1.0"

    /// Runs `stormc` with `arguments` (without the program name); returns the exit status.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.error(HelpCommand.overview)
            return ExitCode.usage
        }
        switch first {
        case "--version", "-V", "version":
            console.out("stormc \(version)\n")
            return ExitCode.success
        case "--help", "-h":
            console.out(HelpCommand.overview)
            return ExitCode.success
        default:
            break
        }
        guard let command = Commands.named(first) else {
            var message = "stormc: unknown command `\(first)`"
            if let match = Suggestion.closest(to: first, in: Commands.all.map { $0.name }) { message += " (did you mean `\(match)`?)" }
            console.error(message + "\nRun `stormc help` for the list of commands.\n")
            return ExitCode.usage
        }
        var rest = Arguments(Array(arguments.dropFirst()))
        if rest.flag("--help", "-h") {
            console.out(command.help)
            return ExitCode.success
        }
        do {
            return try command.run(&rest, console: console)
        } catch {
            console.error("stormc \(command.name): \(error.message)\nRun `stormc help \(command.name)` for usage.\n")
            return ExitCode.usage
        }
    }
}
