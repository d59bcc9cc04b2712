import StormModel
import StormSupport

/// Generates what a platform team applies to its Kafka clusters (`platforms` in `storm.json`), under
/// `Kafka/<cluster>/`: a Strimzi `KafkaTopic` resource per event its contexts publish
/// (`<topic>.kafkatopic.yaml`, the topic named by the event's CloudEvents type), the schema-registry
/// subjects of those topics (`schema-registry.json`: subject `<topic>-value`, the event's Avro schema),
/// and `Kafka/mirrors.yaml`: the topics to mirror from one cluster to another because a consumer runs
/// elsewhere, with the Strimzi `KafkaMirrorMaker2` resource that mirrors them into each target cluster
/// (`<target>/mirror-maker-2.kafkamirrormaker2.yaml`). Nothing without platforms.
public enum KafkaTopicGenerator {
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        guard let platforms = options.platforms else { return [] }
        let header = GeneratedHeader(model: model, options: options)
        var files: [GeneratedFile] = []
        var subjects: [String: [JSON]] = [:]
        for context in model.contexts where model.usedInterfaces[context.name] == nil {
            let cluster = platforms.cluster(of: context.name)
            for event in context.events {
                let topic = Naming.cloudEventType(context: context, event: event)
                var config: [YAML.Entry] = [YAML.Entry(key: "cleanup.policy", value: "delete")]
                if let retention = KafkaBindings.retention(of: context, event: event, model: model) {
                    config.append(YAML.Entry(key: "retention.ms", value: .integer(retention)))
                }
                let resource: YAML = .ordered([
                    "apiVersion": "kafka.strimzi.io/v1beta2",
                    "kind": "KafkaTopic",
                    "metadata": .ordered(["name": .string(resourceName(topic)), "labels": .ordered(["strimzi.io/cluster": .string(cluster)])]),
                    "spec": .ordered(["topicName": .string(topic), "partitions": .integer(platforms.partitions),
                                      "replicas": .integer(platforms.replicas), "config": .mapping(config)]),
                ])
                files.append(GeneratedFile(path: FileNames.component(cluster) + "/" + FileNames.component(topic, suffix: ".kafkatopic.yaml"),
                                           contents: header.comment(prefix: "#", from: [event.range.file]) + resource.rendered()))
                subjects[cluster, default: []].append(.object(["subject": .string(topic + "-value"), "schemaType": "AVRO",
                                                               "schema": .string("Avro/" + OutputPaths.avro(event, in: context))]))
            }
        }
        for cluster in platforms.clusters where subjects[cluster.name] != nil {
            let document: JSON = .object(["$comment": .string(header.line()), "cluster": .string(cluster.name),
                                          "subjects": .array(subjects[cluster.name]!)])
            files.append(GeneratedFile(path: FileNames.component(cluster.name) + "/schema-registry.json", contents: document.rendered()))
        }
        var mirrors: [YAML] = []
        var replicated: [MirrorMakerGenerator.Mirror] = []
        var seen = Set<String>()
        for flow in model.crossContextFlows {
            guard let producer = model.context(named: flow.producer), let event = model.event(flow.event) else { continue }
            let from = platforms.cluster(of: producer.name), to = platforms.cluster(of: flow.consumer)
            let topic = Naming.cloudEventType(context: producer, event: event)
            guard from != to, seen.insert("\(topic) \(to)").inserted else { continue }
            mirrors.append(.ordered(["topic": .string(topic), "from": .string(from), "to": .string(to)]))
            replicated.append(MirrorMakerGenerator.Mirror(topic: topic, from: from, to: to))
        }
        files.append(GeneratedFile(path: "mirrors.yaml", contents: header.comment(prefix: "#") + YAML.ordered(["mirrors": .sequence(mirrors)]).rendered()))
        files += MirrorMakerGenerator.files(replicated, platforms: platforms, header: header.comment(prefix: "#"))
        return files
    }

    /// A Kubernetes resource name for a topic: lowercase letters, digits, `-` and `.`; others become `-`.
    static func resourceName(_ topic: String) -> String {
        var name = String(topic.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-") ? Character(scalar) : "-"
        })
        while name.first == "-" || name.first == "." { name.removeFirst() }
        while name.last == "-" || name.last == "." { name.removeLast() }
        return String((name.isEmpty ? "topic" : name).prefix(253))
    }
}
