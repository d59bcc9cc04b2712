import StormDiagnostics
import StormKit
import StormSource
import StormSyntax
import Testing

/// `fmt` never changes the model, on inputs nobody would write: every mutant of a bundled model file
/// (``Mutator``) that parses, and the same with white space ending every line (which editors hide and
/// `fmt` drops), resolves to the same model, as `stormc model --json` prints it, before and after formatting.
struct FormatKeepsMutantsTests {
    @Test func formattingAMutantThatParsesKeepsItsModel() {
        let models = SeedModel.all()
        var formatted = 0
        for index in 0..<1_500 {
            var mutator = Mutator(random: SplitMix64(seed: 0x464D_5421 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let model = models[index % models.count]
            let file = model.files[index / models.count % model.files.count]
            let mutant = mutator.mutate(file.bytes)
            let trailing = index % 2 == 0 ? mutant : mutant.flatMap { $0 == UInt8(ascii: "\n") ? Array(" \t\n".utf8) : [$0] }
            let source = SourceFile(path: "model.storm", bytes: trailing)
            var diagnostics = DiagnosticList()
            guard let text = StormFormatter.format(source, id: FileID(0), diagnostics: &diagnostics) else { continue }
            formatted += 1
            let before = ModelExport.json(ModelLoader.load(sources: [source], name: "M").model).rendered()
            let after = ModelExport.json(ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: Array(text.utf8))], name: "M").model).rendered()
            #expect(before == after, "mutant \(index) of \(file.path) changes when formatted:\n\(String(decoding: source.bytes, as: UTF8.self))")
            if before != after { break }
        }
        #expect(formatted >= 200, "only \(formatted) mutants parsed")
    }
}
