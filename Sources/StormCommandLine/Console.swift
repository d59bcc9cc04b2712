import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeError: (String) -> Void
    /// Whether standard error is a terminal that wants colour (a TTY, and `NO_COLOR` unset).
    public let colorsErrors: Bool
    /// The environment the command sees.
    public let environment: [String: String]
    /// Whether the process exits right after the command: then what ``keepUntilExit(_:)`` is given is never freed.
    private(set) var exitsAfterCommand = false

    public init(environment: [String: String] = [:], colorsErrors: Bool = false,
                out: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.environment = environment
        self.colorsErrors = colorsErrors
        writeOut = out
        writeError = error
    }

    /// The process's own standard output and error.
    public static func standard() -> Console {
        let environment = ProcessInfo.processInfo.environment
        let colors = isatty(2) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let console = Console(environment: environment, colorsErrors: colors,
                              out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                              error: { FileHandle.standardError.write(Data($0.utf8)) })
        console.exitsAfterCommand = true
        return console
    }

    /// Writes to standard output.
    public func out(_ text: String) { writeOut(text) }
    /// Writes to standard error.
    public func error(_ text: String) { writeError(text) }
}

/// The exit statuses of `stormc`.
public enum ExitCode {
    /// Clean (warnings allowed).
    public static let success: Int32 = 0
    /// The model has errors, a check found differences, or a review rule at error level fired.
    public static let failure: Int32 = 1
    /// Bad usage, or a file that cannot be read or written.
    public static let usage: Int32 = 2
}
