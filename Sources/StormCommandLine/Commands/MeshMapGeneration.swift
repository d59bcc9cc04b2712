import StormGenerators
import StormKit
import StormMesh

/// `stormc generate` with no PATH: when a model under `Models/` uses another, the models are the domains
/// of one mesh, and its map (DOT and Mermaid) is written to `Generated/Mesh/Diagrams/`.
enum MeshMapGeneration {
    /// Writes the mesh map of the models in `modelsFolder` to `<out>/Mesh/Diagrams/`, when any model uses another.
    static func write(modelsFolder: String, out: String, console: Console) -> Int32 {
        do throws(LoadError) {
            var domains: [MeshDomain] = []
            for folder in try ModelLoader.modelFolders(under: modelsFolder) {
                guard let domain = try? MeshDomain.load(folder) else { return ExitCode.success }
                domains.append(domain)
            }
            guard domains.contains(where: { !$0.uses.isEmpty }) else { return ExitCode.success }
            let mesh = Mesh(domains: domains)
            let files = [GeneratedFile(path: "mesh.dot", contents: MeshDiagram.dot(mesh)),
                         GeneratedFile(path: "mesh.mmd", contents: MeshDiagram.mermaid(mesh))]
            let summary = try OutputWriter.write(files, to: out + "/Mesh/Diagrams")
            console.error("Mesh: \(summary.written.count) written, \(summary.unchanged.count) unchanged in \(out)/Mesh/Diagrams\n")
            return ExitCode.success
        } catch {
            console.error("stormc: error: \(error.message)\n")
            return ExitCode.usage
        }
    }
}
