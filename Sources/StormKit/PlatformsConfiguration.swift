import StormGenerators

extension Configuration {
    /// The `platforms` section of `storm.json`:
    ///
    /// ```json
    /// {"platforms": {"clusters": [{"name": "aws-eu", "host": "kafka.aws-eu.example.com:9092", "description": "AWS eu-west-1"},
    ///                             {"name": "edge-plant-1", "host": "kafka.plant-1.example.com:9092"}],
    ///                "default": "aws-eu", "placement": {"Trips": "edge-plant-1"}, "partitions": 6, "replicas": 3}}
    /// ```
    static func parsePlatforms(_ entry: Any, failure: (String) -> LoadError) throws(LoadError) -> KafkaPlatforms {
        guard let section = entry as? [String: Any] else { throw failure("`platforms` must be an object") }
        let keys = ["clusters", "default", "placement", "partitions", "replicas"]
        for key in section.keys.sorted() where !keys.contains(key) {
            throw failure("unknown key `platforms.\(key)`; the keys are " + keys.map { "`\($0)`" }.joined(separator: ", "))
        }
        guard let list = section["clusters"] as? [[String: Any]], !list.isEmpty else {
            throw failure("`platforms.clusters` must be a non-empty list of {\"name\", \"host\", \"description\"}")
        }
        var clusters: [KafkaPlatforms.Cluster] = []
        for item in list {
            guard let name = item["name"] as? String, !name.isEmpty, let host = item["host"] as? String, !host.isEmpty else {
                throw failure("each of `platforms.clusters` needs a `name` and a `host`")
            }
            guard !clusters.contains(where: { $0.name == name }) else { throw failure("cluster `\(name)` is declared twice in `platforms.clusters`") }
            clusters.append(KafkaPlatforms.Cluster(name: name, host: host, description: item["description"] as? String))
        }
        let names = clusters.map(\.name)
        let defaultCluster = section["default"] as? String ?? names[0]
        guard names.contains(defaultCluster) else { throw failure("`platforms.default` names no cluster: `\(defaultCluster)`") }
        var placement: [String: String] = [:]
        if let entry = section["placement"] {
            guard let map = entry as? [String: String] else { throw failure("`platforms.placement` must map context names to cluster names") }
            for (context, cluster) in map.sorted(by: { $0.key < $1.key }) where !names.contains(cluster) {
                throw failure("`platforms.placement.\(context)` names no cluster: `\(cluster)`")
            }
            placement = map
        }
        func count(_ key: String, default value: Int) throws(LoadError) -> Int {
            guard let entry = section[key] else { return value }
            guard let number = entry as? Int, number >= 1 else { throw failure("`platforms.\(key)` must be a whole number of at least 1") }
            return number
        }
        return KafkaPlatforms(clusters: clusters, placement: placement, defaultCluster: defaultCluster,
                              partitions: try count("partitions", default: 6), replicas: try count("replicas", default: 3))
    }
}
