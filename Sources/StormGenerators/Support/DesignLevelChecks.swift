import StormModel

extension GenerationChecks {
    /// What the Swift generator would refuse in design-level constructs, by the functions it calls: failure
    /// names that meet (or meet a nested type), outcomes of one Swift case, failures' fields, lifecycle
    /// states of one case, queries of one method, and the cases of commands sent to other contexts.
    static func designLevelProblems(of context: BoundedContext, names: SwiftNames, into problems: inout [GeneratorError]) {
        for command in context.commands where !command.failures.isEmpty || command.hasAlternativeOutcomes {
            collect(into: &problems) { () throws(GeneratorError) in try OutcomeGenerator.checkFailureNames(of: command, in: context) }
            collect(into: &problems) { () throws(GeneratorError) in _ = try OutcomeGenerator.outcomeCases(of: command, in: context) }
            for failure in command.failures {
                let members = failure.fields.map { SwiftIdentifier.member($0.name).name }
                guard zip(members, failure.fields).contains(where: { $0 != $1.name }) || failure.fields.contains(where: { $0.deprecation != nil }) else { continue }
                let record = Record("failure", SymbolReference(context: context.name, name: failure.name), deprecation: nil, fields: failure.fields)
                collect(into: &problems) { () throws(GeneratorError) in try RecordGenerator.check(record, members: members, renamed: true, names: names) }
            }
        }
        for aggregate in context.aggregates {
            guard let lifecycle = aggregate.lifecycle else { continue }
            collect(into: &problems) { () throws(GeneratorError) in _ = try LifecycleGenerator.caseNames(lifecycle, of: aggregate) }
        }
        for readModel in context.readModels where !readModel.queries.isEmpty {
            collect(into: &problems) { () throws(GeneratorError) in _ = try QueryGenerator.methodNames(of: readModel, in: context) }
        }
        for policy in context.policies where !policy.remoteCommands.isEmpty {
            collect(into: &problems) { () throws(GeneratorError) in
                _ = try names.cases(policy.remoteCommands, owner: "policy `\(policy.name)`", range: policy.range)
            }
        }
    }
}
