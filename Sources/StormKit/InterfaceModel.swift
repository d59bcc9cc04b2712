import StormDiagnostics
import StormSource

extension ModelLoader {
    /// A published interface (`*.storm-interface.json`) as a model of its own: its contexts with the
    /// published events and types, so that two versions of an interface are compared like two models
    /// (`stormc diff old.storm-interface.json new.storm-interface.json`).
    public static func load(interface path: String) throws(LoadError) -> LoadedModel {
        let document: [String: Any]
        let text: String
        do throws(UsedInterfaces.InterfaceProblem) {
            document = try UsedInterfaces.read(path, loading: [])
            text = try UsedInterfaces.StormText.contexts(from: document, origin: path).text
        } catch {
            throw LoadError("cannot read the interface \(path): \(error.message)")
        }
        // Named as Storm text made from the file, so that a line number is not read as one of the JSON.
        return load(sources: [SourceFile(path: path + ".storm", text: text)], name: document["name"] as? String ?? modelName(for: [path]))
    }

    /// Whether `path` names a published interface rather than a model.
    public static func isInterface(_ path: String) -> Bool {
        path.hasSuffix(".storm-interface.json")
    }
}
