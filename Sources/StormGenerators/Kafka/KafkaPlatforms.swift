/// Named Kafka clusters (one per cloud region or site) and which bounded contexts run on which: what
/// `platforms` in `storm.json` declares. Storm does not run Kafka; it writes what the existing platform
/// consumes: AsyncAPI servers and bindings, Strimzi `KafkaTopic` resources, schema-registry subjects and
/// the streams to mirror between clusters.
public struct KafkaPlatforms: Sendable, Hashable {
    /// A Kafka cluster.
    public struct Cluster: Sendable, Hashable {
        /// Its name (`aws-eu`, `edge-plant-1`): the AsyncAPI server and the Strimzi cluster label.
        public var name: String
        /// The bootstrap address, `host:port`.
        public var host: String
        public var description: String?
        public init(name: String, host: String, description: String? = nil) {
            self.name = name
            self.host = host
            self.description = description
        }
    }

    /// The clusters, in declaration order.
    public var clusters: [Cluster]
    /// Context name → the cluster it runs on; contexts not named run on ``defaultCluster``.
    public var placement: [String: String]
    /// The cluster of contexts that `placement` does not name.
    public var defaultCluster: String
    /// Partitions of every topic.
    public var partitions: Int
    /// Replicas of every topic.
    public var replicas: Int

    public init(clusters: [Cluster], placement: [String: String] = [:], defaultCluster: String, partitions: Int = 6, replicas: Int = 3) {
        self.clusters = clusters
        self.placement = placement
        self.defaultCluster = defaultCluster
        self.partitions = partitions
        self.replicas = replicas
    }

    /// The cluster `context` runs on.
    public func cluster(of context: String) -> String { placement[context] ?? defaultCluster }

    /// The cluster called `name`.
    public func cluster(named name: String) -> Cluster? { clusters.first { $0.name == name } }
}
