import StormDiagnostics
import StormGenerators
import StormModel

extension GeneratorError {
    /// The problem as an error diagnostic: its ID, place, notes and help.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, DiagnosticID(rawValue: id), message, at: range,
                   notes: notes.map { DiagnosticNote($0.message, at: $0.range) }, fixIts: help.map { [FixIt($0)] } ?? [])
    }
}

extension GenerationChecks {
    /// Adds what a generator would refuse in `model` to `diagnostics`, as errors.
    static func check(_ model: Model, into diagnostics: inout DiagnosticList) {
        for problem in problems(in: model) { diagnostics.append(problem.diagnostic) }
    }
}
