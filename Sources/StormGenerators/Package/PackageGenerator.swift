import StormModel

/// `stormc generate package`: a SwiftPM package for the model's bounded contexts, ready to build and test.
///
/// Each context becomes a library target (`Sources/<Context>/`) with its generated code in
/// `Generated/<Context>.swift`, always regenerated, beside starter files the team owns: a decider per
/// aggregate, a policy, a projection; and a test target with a given/when/then test per aggregate, and
/// the model's scenarios as tests in `Tests/<Context>Tests/Generated/`, always regenerated.
/// Starters, and `Package.swift` where the team adds its own dependencies, are written only when absent,
/// so regenerating never touches the team's code; each carries ``StarterCheck``s, so that what the model
/// gains later (a command, an event, a context) is reported as a note with what to add. A context's
/// target depends on the targets of the contexts it refers to; contexts that refer to each other in a
/// cycle share one target (named after them all), since SwiftPM targets cannot depend on each other.
public enum PackageGenerator {
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        guard let runtime = options.runtimePackage, !runtime.isEmpty else {
            throw GeneratorError("the package needs to know where StormRuntime is: give --runtime with a path or a URL of the Storm package")
        }
        let names = try SwiftNames(model: model)
        let (groups, targets) = targets(of: model, names: names)
        try checkTargetNames(targets, groups: groups, model: model)
        let starterHeader = "// Written by \(options.toolName) from model \(model.name) as a starter; yours to edit: it is never overwritten."
        let manifest = PackageManifest(packageName: model.name, runtime: runtime, targets: targets, header: starterHeader)
        var files = [starter("Package.swift", manifest.text, checks: manifest.checks)]
        let contextFile = ContextFileGenerator(names: names, options: options)
        for (group, target) in zip(groups, targets) {
            let folder = "Sources/" + FileNames.component(target.name)
            for context in group.compactMap(model.context(named:)) {
                files.append(GeneratedFile(path: folder + "/Generated/" + FileNames.component(names.context(context.name) + ".swift"),
                                           text: try contextFile.text(of: context, imports: target.dependencies)))
                files += try starters(for: context, target: target, folder: folder, header: starterHeader, names: names)
                files += try scenarioTests(for: context, target: target, names: names, options: options)
            }
        }
        return files
    }

    private static func starters(for context: BoundedContext, target: PackageManifest.Target, folder: String, header: String,
                                 names: SwiftNames) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let tests = "Tests/" + FileNames.component(target.name + "Tests")
        let behaviour = BehaviourStarters(names: names, context: context)
        for aggregate in context.aggregates where aggregate.deprecation == nil {
            let decider = DeciderStarter(names: names, context: context, aggregate: aggregate)
            files.append(starter(folder + "/" + FileNames.component(decider.typeName + ".swift"), try decider.source(header: header),
                                 checks: try decider.checks()))
            files.append(starter(tests + "/" + FileNames.component(decider.typeName + "Tests.swift"),
                                 try decider.test(header: header, imports: [target.name] + target.dependencies)))
        }
        for policy in context.policies {
            let (name, source) = behaviour.policy(policy, header: header, imports: [])
            files.append(starter(folder + "/" + FileNames.component(name + ".swift"), source, checks: behaviour.checks(policy)))
        }
        for readModel in context.readModels {
            let (name, source) = behaviour.projection(readModel, header: header, imports: [])
            files.append(starter(folder + "/" + FileNames.component(name + ".swift"), source, checks: behaviour.checks(readModel)))
        }
        if !files.contains(where: { $0.path.hasPrefix(tests + "/") }) {
            let eventTypes = contextEventTypes(context, names: names)
            files.append(starter(tests + "/" + FileNames.component(names.context(context.name) + "Tests.swift"),
                                 contextTest(context, eventTypes: eventTypes, target: target, header: header, names: names),
                                 checks: zip(context.events, eventTypes).map { event, type in
                                     StarterCheck(mentions: [SwiftIdentifier.stringLiteral(type)],
                                                  note: "the model now also has event \(context.name).\(event.name): add \(SwiftIdentifier.stringLiteral(type)) to the event types the test expects")
                                 }))
        }
        return files
    }

    /// The generated scenario tests of the context's aggregates, one file per aggregate with scenarios.
    private static func scenarioTests(for context: BoundedContext, target: PackageManifest.Target, names: SwiftNames,
                                      options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        let header = GeneratedHeader(model: names.model, options: options)
        var files: [GeneratedFile] = []
        for aggregate in context.aggregates where aggregate.deprecation == nil && !aggregate.scenarios.isEmpty {
            let tests = ScenarioTests(starter: DeciderStarter(names: names, context: context, aggregate: aggregate))
            files.append(GeneratedFile(path: "Tests/" + FileNames.component(target.name + "Tests") + "/Generated/" + FileNames.component(tests.typeName + ".swift"),
                                       contents: try tests.source(header: header.lines(from: [aggregate.range.file]), imports: [target.name] + target.dependencies)))
        }
        return files
    }

    /// A starter file, with only the checks that its own contents pass (so a starter as written never
    /// causes a note).
    private static func starter(_ path: String, _ contents: String, checks: [StarterCheck] = []) -> GeneratedFile {
        GeneratedFile(path: path, contents: contents, isStarter: true, checks: checks.filter { $0.isMet(by: contents) })
    }

    /// The CloudEvents types of the context's events, in order.
    private static func contextEventTypes(_ context: BoundedContext, names: SwiftNames) -> [String] {
        context.events.compactMap { event in names.model.context(named: context.name).map { Naming.cloudEventType(context: $0, event: event) } }
    }

    /// The starter test of a context without aggregates: what it publishes is what the model says.
    private static func contextTest(_ context: BoundedContext, eventTypes types: [String], target: PackageManifest.Target, header: String,
                                    names: SwiftNames) -> String {
        var out = SwiftWriter()
        out.line(header)
        for module in ["StormRuntime", "Testing", target.name] { out.line("import \(module)") }
        out.line()
        out.block("struct \(names.context(context.name))Tests") { out in
            out.block("@Test func publishesTheModelsEvents()") { out in
                out.line("#expect(\(names.context(context.name)).eventTypes.map { $0.eventType } == [\(types.map(SwiftIdentifier.stringLiteral).joined(separator: ", "))])")
            }
        }
        return out.text
    }

    /// The package's targets: a target per context, or per group of contexts that refer to each other.
    static func targets(of model: Model, names: SwiftNames) -> (groups: [[String]], targets: [PackageManifest.Target]) {
        let dependencies = ContextDependencies(model: model)
        let groups = dependencies.components(in: model.contexts.map(\.name))
        let targetName = Dictionary(uniqueKeysWithValues: groups.flatMap { group in
            group.map { ($0, group.map(names.context).joined(separator: "_")) }
        })
        let targets = groups.map { group in
            let referenced = Set(group.flatMap { dependencies.dependencies[$0] ?? [] }.map { targetName[$0]! }).subtracting([targetName[group[0]]!])
            return PackageManifest.Target(name: targetName[group[0]]!, dependencies: groups.map { targetName[$0[0]]! }.filter(referenced.contains),
                                          contexts: group)
        }
        return (groups, targets)
    }

    /// Target names are unique, also ignoring case, and no test target takes a library's name.
    static func checkTargetNames(_ targets: [PackageManifest.Target], groups: [[String]], model: Model) throws(GeneratorError) {
        var seen: [String: String] = [:]
        for (target, group) in zip(targets, groups) {
            for name in [target.name, target.name + "Tests"] {
                if let other = seen[name.lowercased()] {
                    let which = other == name ? "`\(name)`, one of them a test target" : "`\(other)` and `\(name)`, which differ only in case"
                    throw GeneratorError("`stormc generate package` would make two targets named \(which)", at: model.context(named: group[0])?.range,
                                         id: "package-target-collision", help: "rename a context")
                }
                seen[name.lowercased()] = name
            }
        }
    }
}
