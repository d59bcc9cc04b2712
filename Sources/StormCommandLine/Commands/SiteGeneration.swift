import Foundation
import StormKit
import StormMesh
import StormServer

/// `stormc generate site PATH --out DIR`: the model as a static site. Kept out of `all`, because its
/// pictures depend on the installed Graphviz.
enum SiteGeneration {
    static func run(paths: [String], out: String?, name: String?, console: Console) throws(UsageError) -> Int32 {
        guard !paths.isEmpty, let out else { throw UsageError("generate site needs a PATH and --out DIR") }
        let graphviz = try? Graphviz.locate(environment: console.environment)
        if graphviz == nil { console.error("stormc generate site: warning: Graphviz `dot` not found (apt-get install graphviz, brew install graphviz): pages without pictures\n") }
        let printer = try DiagnosticPrinter(format: nil, console: console)
        return forEachModel(paths, name: name, printer: printer, console: console) { loaded throws(LoadError) in
            let files = SiteGenerator.generate(loaded.model, graphviz: graphviz, mesh: paths.count == 1 ? meshDrawing(of: paths[0]) : nil)
            let summary = try OutputWriter.write(files, to: out)
            console.error("\(loaded.model.name): \(summary.written.count) written, \(summary.unchanged.count) unchanged in \(out)\n")
            return ExitCode.success
        }
    }

    /// The mesh of the model at `path` and the domains it uses, as DOT; nil when it uses none, or when
    /// they do not fit (`stormc mesh` says why).
    static func meshDrawing(of path: String) -> String? {
        guard let domain = try? MeshDomain.load(path), !domain.uses.isEmpty else { return nil }
        var domains = [domain]
        var seen: Set<String> = [domain.standardizedPath]
        for use in domain.uses where seen.insert(use.standardizedPath).inserted {
            guard let used = try? MeshDomain.load(use.standardizedPath) else { return nil }
            domains.append(used)
        }
        let mesh = Mesh(domains: domains)
        return mesh.problems().isEmpty ? MeshDiagram.dot(mesh) : nil
    }
}
