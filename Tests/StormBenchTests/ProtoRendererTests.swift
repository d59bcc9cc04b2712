import Foundation
import Testing
@testable import storm_bench

/// The synthetic `.proto` file compiles with plain `protoc` and holds the same events and fields.
struct ProtoRendererTests {
    @Test func compilesWithProtoc() throws {
        guard let protoc = BenchTools.protoc() else { return }
        let folder = try BenchTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ProtoRenderer.render(SyntheticModel(events: 250, fields: 17)).write(to: folder.appendingPathComponent("model.proto"),
                                                                                 atomically: true, encoding: .utf8)
        let result = try BenchTools.run(protoc, ["--proto_path=\(folder.path)", "--descriptor_set_out=/dev/null",
                                                  folder.appendingPathComponent("model.proto").path])
        #expect(result.status == 0, "protoc: \(result.errors)")
    }

    @Test func hasOneMessagePerEventWithTheSameFields() {
        let model = SyntheticModel(events: 150, fields: 8)
        let text = ProtoRenderer.render(model)
        for context in model.contexts {
            for event in context.events {
                let names = event.fields.enumerated().map { "\($0.element.name) = \($0.offset + 1);" }
                guard let start = text.range(of: "\nmessage \(event.name) {\n"),
                      let end = text.range(of: "\n}\n", range: start.upperBound..<text.endIndex) else {
                    Issue.record("no message \(event.name)")
                    continue
                }
                let body = text[start.upperBound..<end.lowerBound].split(separator: "\n")
                #expect(body.count == names.count)
                #expect(zip(body, names).allSatisfy { $0.hasSuffix($1) }, "message \(event.name)")
            }
        }
    }
}
