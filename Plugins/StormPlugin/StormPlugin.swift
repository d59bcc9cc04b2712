import Foundation
import PackagePlugin

/// The build-tool plugin: compiles the `.storm` files among a target's sources as one model, named
/// after the target, and adds the generated Swift to the target, which depends on `StormRuntime`.
///
/// One build command runs `stormc generate swift --layout per-file`, which writes one Swift file per
/// `.storm` file. Its outputs are named by ``PluginOutputNames`` (shared with `stormc`), so the build
/// system knows them before the model is parsed; `stormc` writes a file only when its contents change,
/// so a build with no change to the model or to `stormc` runs nothing.
@main
struct StormPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target.sourceModule else {
            throw StormPluginError("StormPlugin applies to source targets; `\(target.name)` is not one")
        }
        let models = module.sourceFiles(withSuffix: "storm").map(\.url)
        guard !models.isEmpty else {
            throw StormPluginError("target `\(target.name)` uses StormPlugin but has no .storm file: add a model (such as `Model.storm`) to its folder")
        }
        guard target.recursiveTargetDependencies.contains(where: { $0.name == "StormRuntime" }) else {
            throw StormPluginError("""
                target `\(target.name)` uses StormPlugin, and the Swift generated from its model imports StormRuntime: \
                add `.product(name: "StormRuntime", package: "Storm")` to its dependencies
                """)
        }
        let stormc = try context.tool(named: "stormc").url
        let output = context.pluginWorkDirectoryURL.appending(path: "Storm", directoryHint: .isDirectory)
        let paths = models.map { $0.path(percentEncoded: false) }.sorted()
        let outputs = PluginOutputNames.swiftFiles(forModelFiles: paths).map { output.appending(path: $0) }
        return [.buildCommand(
            displayName: "Compiling Storm model of \(target.name)",
            executable: stormc,
            arguments: ["generate", "swift", "--layout", "per-file", "--name", target.name,
                        "--out", output.path(percentEncoded: false), "--"] + paths,
            inputFiles: models + [stormc],
            outputFiles: outputs
        )]
    }
}

/// A target the plugin cannot work on, explained.
struct StormPluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
