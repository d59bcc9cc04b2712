import StormSupport

/// The Strimzi `KafkaMirrorMaker2` resources that replicate topics between clusters because a consumer
/// runs on another cluster than the producer: one per target cluster, run beside it (its Kafka Connect
/// cluster is the target), with one mirror per source cluster naming exactly the topics to copy.
/// Topic names are kept (`IdentityReplicationPolicy`), so that a consumer reads the producer's channel
/// address, as its AsyncAPI document says, on its own cluster.
enum MirrorMakerGenerator {
    /// A topic to mirror, from the cluster of its producer to that of a consumer.
    struct Mirror {
        var topic: String
        var from: String
        var to: String
    }

    /// `Kafka/<target>/mirror-maker-2.kafkamirrormaker2.yaml` per target cluster of `mirrors`.
    static func files(_ mirrors: [Mirror], platforms: KafkaPlatforms, header: String) -> [GeneratedFile] {
        var sources: [String: [String]] = [:]
        var topics: [String: [String]] = [:]
        for mirror in mirrors {
            let key = mirror.to + "\u{0}" + mirror.from
            if topics[key] == nil { sources[mirror.to, default: []].append(mirror.from) }
            topics[key, default: []].append(mirror.topic)
        }
        return platforms.clusters.compactMap { target -> GeneratedFile? in
            guard let from = sources[target.name] else { return nil }
            let ordered = platforms.clusters.filter { from.contains($0.name) }
            let clusters: [YAML] = ordered.map { cluster in
                .ordered(["alias": .string(cluster.name), "bootstrapServers": .string(cluster.host)])
            } + [.ordered([
                "alias": .string(target.name), "bootstrapServers": .string(target.host),
                // The Connect cluster's own topics take the target cluster's default replication.
                "config": .ordered(["config.storage.replication.factor": .integer(-1), "offset.storage.replication.factor": .integer(-1),
                                    "status.storage.replication.factor": .integer(-1)]),
            ])]
            let mirrors: [YAML] = ordered.map { source in
                .ordered([
                    "sourceCluster": .string(source.name),
                    "targetCluster": .string(target.name),
                    "topicsPattern": .string(topics[target.name + "\u{0}" + source.name]!.map(pattern).joined(separator: "|")),
                    "sourceConnector": .ordered(["config": .ordered([
                        "replication.factor": .integer(platforms.replicas),
                        "replication.policy.class": "org.apache.kafka.connect.mirror.IdentityReplicationPolicy",
                        "sync.topic.acls.enabled": "false",
                    ])]),
                ])
            }
            let resource: YAML = .ordered([
                "apiVersion": "kafka.strimzi.io/v1beta2",
                "kind": "KafkaMirrorMaker2",
                "metadata": .ordered(["name": .string(KafkaTopicGenerator.resourceName("mirror-to-" + target.name))]),
                "spec": .ordered(["replicas": .integer(1), "connectCluster": .string(target.name),
                                  "clusters": .sequence(clusters), "mirrors": .sequence(mirrors)]),
            ])
            return GeneratedFile(path: FileNames.component(target.name) + "/mirror-maker-2.kafkamirrormaker2.yaml",
                                 contents: header + resource.rendered())
        }
    }

    /// A regular expression matching exactly `topic`: every character but letters, digits, `-` and `_` escaped.
    static func pattern(_ topic: String) -> String {
        var out = ""
        for character in topic {
            if !(character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
