import Foundation

/// Graphviz `dot`, run as its own process to turn DOT into SVG, PNG or PDF.
///
/// Generators only write DOT text; this is the one place that starts `dot`. It is found at the path in
/// the environment variable `STORM_DOT`, or else on `PATH`.
public struct Graphviz: Sendable {
    /// An image format `dot` writes.
    public enum Format: String, Sendable, CaseIterable {
        /// Scalable vector graphics: text stays text, fonts are left to the viewer.
        case svg
        /// A bitmap, drawn with the fonts installed on the machine.
        case png
        /// A printable page, drawn with the fonts installed on the machine.
        case pdf
    }

    /// Why an image could not be made.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// `dot` is not installed (or `STORM_DOT` names no executable file).
        case notFound(String)
        /// `dot` ran and failed, with what it wrote to standard error.
        case failed(String)

        /// One line for the terminal.
        public var description: String {
            switch self {
            case .notFound(let message), .failed(let message): message
            }
        }
    }

    /// What `dot` produced: the image and any warnings it wrote.
    public struct Output: Sendable {
        /// The file `dot` wrote, in the requested format.
        public var image: Data
        /// `dot`'s standard error, empty when it had nothing to say.
        public var warnings: String
    }

    /// The `dot` executable.
    public var executable: URL

    /// A runner for the `dot` at `executable`.
    public init(executable: URL) { self.executable = executable }

    /// Finds `dot`: the file `STORM_DOT` names if it is set, else the first executable `dot` on `PATH`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> Graphviz {
        let install = "install Graphviz (`apt-get install graphviz`, `brew install graphviz`)"
        if let path = environment["STORM_DOT"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw .notFound("STORM_DOT is '\(path)', which is not an executable file; \(install) or fix STORM_DOT")
            }
            return Graphviz(executable: URL(fileURLWithPath: path))
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return Graphviz(executable: candidate) }
        }
        throw .notFound("Graphviz `dot` was not found on PATH: \(install), or set STORM_DOT to its path")
    }

    /// Renders DOT text to an image. Input and output go through a temporary folder, so neither side
    /// can block on a full pipe; standard error is read to its end before `dot` is awaited.
    public func render(_ dot: String, format: Format) throws(Failure) -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-dot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("diagram.dot")
        let output = folder.appendingPathComponent("diagram.\(format.rawValue)")
        let process = Process()
        let errors = Pipe()
        process.executableURL = executable
        process.arguments = ["-T\(format.rawValue)", "-o", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: input)
            try process.run()
        } catch {
            throw .failed("could not run \(executable.path): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, let image = try? Data(contentsOf: output) else {
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw .failed("dot failed (exit status \(process.terminationStatus))" + (reason.isEmpty ? "" : ": " + reason))
        }
        return Output(image: image, warnings: message)
    }
}
