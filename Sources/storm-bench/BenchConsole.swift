import Foundation

/// Where `storm-bench` writes its messages: standard output and standard error, or, in tests, buffers.
final class BenchConsole {
    private let capturing: Bool
    /// What was printed, when capturing.
    private(set) var output = ""
    /// What was reported as an error, when capturing.
    private(set) var errors = ""

    /// A console on the terminal, or one that keeps what is written (`capturing`).
    init(capturing: Bool = false) {
        self.capturing = capturing
    }

    /// Prints a line on standard output.
    func print(_ line: String) {
        if capturing { output += line + "\n" } else { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }

    /// Prints a line on standard error.
    func error(_ line: String) {
        if capturing { errors += line + "\n" } else { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}
