/// A subcommand of `stormc`.
public protocol Command {
    /// The word that selects it (`check`).
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The full help: usage line, description, options.
    static var help: String { get }
    /// Runs the command; returns the exit status. Throws only for usage errors.
    static func run(_ arguments: inout Arguments, console: Console) throws(UsageError) -> Int32
}

/// The subcommands, in the order `stormc help` lists them.
public enum Commands {
    public static var all: [any Command.Type] { [
        CheckCommand.self,
        ModelCommand.self,
        GenerateCommand.self,
        FormatCommand.self,
        MapCommand.self,
        LintCommand.self,
        DiffCommand.self,
        ReportCommand.self,
        LanguageServerCommand.self,
        ServeCommand.self,
        ImportCommand.self,
        ExportCommand.self,
        HelpCommand.self,
        PublishCommand.self,
        MeshCommand.self,
    ] }

    /// The command called `name`.
    public static func named(_ name: String) -> (any Command.Type)? { all.first { $0.name == name } }
}
