import Foundation
import PackagePlugin

/// The command plugin `swift package storm COMMAND [ARGUMENT...]`: runs `stormc COMMAND` in the
/// package's folder, so `stormc` finds the package's `storm.json` and models exactly as it does when run
/// there by hand.
///
/// - `swift package --allow-writing-to-package-directory storm generate` regenerates the generated
///   folders from the models (`Models/` into `Generated/`, or what `storm.json` says);
/// - `swift package --allow-writing-to-package-directory storm map` renders the models' maps;
/// - any other `stormc` command works too (`storm check`, `storm lint`).
@main
struct StormCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        guard let command = arguments.first, !command.hasPrefix("-") else {
            throw StormCommandError("""
                name a stormc command: `swift package --allow-writing-to-package-directory storm generate` \
                regenerates the generated folders from the models, `storm map` renders their maps, and \
                `storm help` lists every command
                """)
        }
        let process = Process()
        process.executableURL = try context.tool(named: "stormc").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw StormCommandError("stormc \(command) failed (exit status \(process.terminationStatus)) in \(context.package.directoryURL.path(percentEncoded: false))")
        }
    }
}

/// Why the command did not complete; SwiftPM prints it as an error.
struct StormCommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
