/// `stormc help [COMMAND]`
enum HelpCommand: Command {
    static let name = "help"
    static let summary = "Show the commands, or the help of one command"
    static let help = """
    USAGE: stormc help [COMMAND]

    Shows the list of commands, or the options of COMMAND (the same as `stormc COMMAND --help`).

    """

    static var overview: String {
        let width = Commands.all.map { $0.name.count }.max() ?? 0
        let lines = Commands.all.map { "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
        stormc: the Storm compiler. Checks event-storming models (*.storm), draws their context maps,
        reviews their boundaries and generates code, schemas and contracts from them.

        USAGE: stormc COMMAND [OPTIONS] [PATH...]

        COMMANDS:
        \(lines.joined(separator: "\n"))

        With no PATH, commands work on each model folder under ./Models.
        `stormc COMMAND --help` shows a command's options; `stormc --version` the version.

        """
    }

    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32 {
        let words = try arguments.positionals()
        guard let word = words.first else {
            console.out(overview)
            return ExitCode.success
        }
        guard let command = Commands.named(word) else { throw UsageError("unknown command `\(word)`") }
        console.out(command.help)
        return ExitCode.success
    }
}
