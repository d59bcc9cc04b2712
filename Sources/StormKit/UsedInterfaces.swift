import Foundation
import StormDiagnostics
import StormGenerators
import StormModel
import StormSource
import StormSyntax

/// Another domain's published interface, as a model uses it (`use Payments from "…"`): read from an
/// interface file or made from the other model's folder, then written as Storm source, one context per
/// context of the other domain that publishes, named as there, so that the model's references to it
/// (`Payments.PaymentSettled`) are resolved, checked and suggested exactly like references to its own
/// contexts, and its events keep their names (CloudEvents types, channels).
enum UsedInterfaces {
    /// The sources to add for every `use` of `files`, each with the path of what it was read from.
    /// Problems (a path that cannot be read, a document that is not an interface, a model with errors)
    /// are reported at the `use`'s path, and the name is marked unfinished in `files`, so that the
    /// references to it are not reported again.
    static func sources(for files: inout [FileSyntax], in sources: SourceManager, loading: Set<String>,
                        diagnostics: inout DiagnosticList)
        -> [(file: SourceFile, origin: String, contexts: [(name: String, domain: String)], schemas: [String: String])] {
        var added: [(SourceFile, String, [(name: String, domain: String)], [String: String])] = []
        // Each interface is used once: a second `use` of a name or of a path would declare its contexts again.
        var firstByName: [String: SourceRange] = [:]
        var firstByTarget: [String: SourceRange] = [:]
        for index in files.indices {
            let file = files[index]
            for case .use(let use) in file.declarations {
                let folder = (sources[file.file].path as NSString).deletingLastPathComponent
                let target = folder.isEmpty || use.path.value.hasPrefix("/") ? use.path.value
                    : (folder as NSString).appendingPathComponent(use.path.value)
                let standard = (target as NSString).standardizingPath
                if let first = firstByName[use.name.text] ?? firstByTarget[standard] {
                    diagnostics.error("duplicate-declaration", "`\(use.name.text)` uses an interface the model already uses: each is used once",
                                      at: use.name.range, notes: [DiagnosticNote("first used here", at: first)])
                    continue
                }
                firstByName[use.name.text] = use.name.range
                firstByTarget[standard] = use.name.range
                let written: (text: String, contexts: [(name: String, domain: String)], schemas: [String: String])
                do throws(InterfaceProblem) {
                    let interface = try read(target, loading: loading)
                    written = try StormText.contexts(from: interface, origin: use.path.value)
                    checkPins(of: use, against: interface, diagnostics: &diagnostics)
                } catch {
                    diagnostics.error("unusable-interface", "cannot use `\(use.path.value)`: \(error.message)", at: use.path.range)
                    files[index].unfinished.append(use.name)
                    continue
                }
                let path = (folder.isEmpty ? "" : folder + "/") + use.name.text + ".interface.storm"
                added.append((SourceFile(path: path, text: written.text), use.path.value, written.contexts, written.schemas))
            }
        }
        return added
    }

    struct InterfaceProblem: Error { var message: String }

    /// The interface at `path`: a `.storm-interface.json` file, or the interface of the model in the folder.
    static func read(_ path: String, loading: Set<String>) throws(InterfaceProblem) -> [String: Any] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InterfaceProblem(message: "no such file or folder")
        }
        let data: Data
        if isDirectory.boolValue {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            guard !loading.contains(key) else { throw InterfaceProblem(message: "the models use each other in a cycle") }
            let loaded: LoadedModel
            do throws(LoadError) {
                loaded = try ModelLoader.load(paths: [path], loading: loading.union([key]))
            } catch {
                throw InterfaceProblem(message: error.message)
            }
            guard !loaded.hasErrors else { throw InterfaceProblem(message: "the model there has errors: run `stormc check \(path)`") }
            do throws(GeneratorError) {
                data = Data(try InterfaceGenerator.document(loaded.model, options: GeneratorOptions()).rendered().utf8)
            } catch {
                throw InterfaceProblem(message: error.message)
            }
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { throw InterfaceProblem(message: "cannot read it") }
            data = contents
        }
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InterfaceProblem(message: "it is not JSON")
        }
        guard let version = document["stormInterface"] as? String else {
            throw InterfaceProblem(message: "it is not a Storm interface (no `stormInterface`): write one with `stormc publish`")
        }
        guard version == InterfaceGenerator.formatVersion else {
            throw InterfaceProblem(message: "it is interface version \(version); this stormc reads version \(InterfaceGenerator.formatVersion)")
        }
        return document
    }
}
