import StormModel
import StormSupport

/// The Kafka part of AsyncAPI documents (bindings version 0.5.0): servers, and a binding per channel
/// (topic, partitions, replicas, retention) and per message (the key: the aggregate's identity).
enum KafkaBindings {
    static let bindingVersion = "0.5.0"

    /// The servers of the clusters in `names`, in the order of the platforms' clusters.
    static func servers(_ names: Set<String>, platforms: KafkaPlatforms) -> YAML {
        .mapping(platforms.clusters.filter { names.contains($0.name) }.map { cluster in
            YAML.Entry(key: cluster.name, value: .ordered([
                "host": .string(cluster.host),
                "protocol": "kafka",
                "description": cluster.description.map(YAML.string),
            ]))
        })
    }

    /// What a channel adds for Kafka, after its own entries: the server its producer runs on and the
    /// topic's binding.
    static func channelEntries(topic: String, producer: BoundedContext, event: Event, model: Model, platforms: KafkaPlatforms) -> [YAML.Entry] {
        var configuration: [YAML.Entry] = [YAML.Entry(key: "cleanup.policy", value: .sequence(["delete"]))]
        if let retention = retention(of: producer, event: event, model: model) {
            configuration.append(YAML.Entry(key: "retention.ms", value: .integer(retention)))
        }
        return [
            YAML.Entry(key: "servers", value: .sequence([.ordered(["$ref": .string("#/servers/" + platforms.cluster(of: producer.name))])])),
            YAML.Entry(key: "bindings", value: .ordered(["kafka": .ordered([
                "topic": .string(topic),
                "partitions": .integer(platforms.partitions),
                "replicas": .integer(platforms.replicas),
                "topicConfiguration": .mapping(configuration),
                "bindingVersion": .string(bindingVersion),
            ])])),
        ]
    }

    /// What a message adds for Kafka, after its own entries: the key binding, the aggregate identity, a
    /// string, so that one aggregate's events stay in one partition, in order.
    static let messageEntries: [YAML.Entry] = [
        YAML.Entry(key: "bindings", value: .ordered(["kafka": .ordered([
            "key": .ordered(["type": "string", "description": "The identity of the aggregate the event is about."]),
            "bindingVersion": .string(bindingVersion),
        ])])),
    ]

    /// How long a topic keeps its events, from the objectives of the output ports that publish it: seven
    /// days, or a hundred times the loosest freshness promised if that is longer, so that a consumer late
    /// by many objectives still finds them. Nil when no output port publishes the event (the default
    /// retention of the cluster applies).
    static func retention(of context: BoundedContext, event: Event, model: Model) -> Int? {
        var freshness: [Int] = []
        for product in context.dataProducts {
            for port in product.outputPorts where port.events.contains(context.reference(event.name)) {
                freshness.append((port.freshness ?? product.freshness)?.milliseconds ?? 0)
            }
        }
        guard let loosest = freshness.max() else { return nil }
        return max(7 * 86_400_000, loosest * 100)
    }
}
