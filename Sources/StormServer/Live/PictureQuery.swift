import StormGenerators

/// The query of `/picture.svg` as diagram options: `view`, `context`, `focus`, `depth`, `collapse`,
/// `cluster`, `events`, the same choices as `stormc map`.
enum PictureQuery {
    struct Invalid: Error {
        var message: String
    }

    static func options(_ query: [String: String]) throws(Invalid) -> DiagramOptions {
        var options = DiagramOptions()
        if let view = query["view"] {
            guard let value = DiagramView(rawValue: view) else { throw Invalid(message: "unknown view `\(view)`") }
            options.view = value
        }
        if let cluster = query["cluster"], !cluster.isEmpty {
            guard let value = DiagramClustering(rawValue: cluster) else { throw Invalid(message: "unknown clustering `\(cluster)`") }
            options.clustering = value
        }
        if let collapse = query["collapse"], !collapse.isEmpty {
            guard let value = DiagramCollapse(rawValue: collapse) else { throw Invalid(message: "unknown collapse `\(collapse)`") }
            options.collapse = value
        }
        if let depth = query["depth"], !depth.isEmpty {
            guard let value = Int(depth), (0...20).contains(value) else { throw Invalid(message: "depth is a number from 0 to 20") }
            options.depth = value
        }
        options.context = query["context"].flatMap { $0.isEmpty ? nil : $0 }
        options.focus = query["focus"].flatMap { $0.isEmpty ? nil : $0 }
        options.showEvents = query["events"] == "1"
        return options
    }

    /// The cache key of the options.
    static func key(_ options: DiagramOptions) -> String {
        [options.view.rawValue, options.context ?? "", options.focus ?? "", "\(options.depth)", options.collapse?.rawValue ?? "",
         options.clustering.rawValue, options.showEvents ? "1" : "0"].joined(separator: "\u{0}")
    }
}
