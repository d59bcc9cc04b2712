import StormModel
import Testing

/// Context maps: each notation resolved to a kind of relationship with its upstream and downstream
/// patterns.
struct ContextMapResolutionTests {
    typealias Support = ModelTestSupport

    func relationships(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Relationship] {
        Support.model("""
        context A {}
        context B {}
        context C {}
        context map M {
        \(body)
        }
        """, sourceLocation: sourceLocation).relationships
    }

    /// A relationship in one line: `kind first->second up[...] down[...] mud[...]`.
    func spelled(_ r: Relationship) -> String {
        var text = "\(r.kind.rawValue) \(r.first)-\(r.second)"
        if !r.upstreamPatterns.isEmpty { text += " up\(r.upstreamPatterns.map(\.rawValue))" }
        if !r.downstreamPatterns.isEmpty { text += " down\(r.downstreamPatterns.map(\.rawValue))" }
        if !r.bigBallOfMud.isEmpty { text += " mud\(r.bigBallOfMud)" }
        return text
    }

    @Test(arguments: [
        ("A [U, OHS, PL] -> [D, ACL] B", "upstreamDownstream A-B up[\"OHS\", \"PL\"] down[\"ACL\"]"),
        ("A [PL, U, OHS] -> [ACL, D] B", "upstreamDownstream A-B up[\"OHS\", \"PL\"] down[\"ACL\"]"),
        ("A [U, S] -> [D, C] B", "upstreamDownstream A-B up[\"S\"] down[\"C\"]"),
        ("A [D, CF] <- [U] B", "upstreamDownstream B-A down[\"CF\"]"),
        ("A <- [U, OHS] B", "upstreamDownstream B-A up[\"OHS\"]"),
        ("A -> B", "upstreamDownstream A-B"),
        ("A [U] -> [D] B", "upstreamDownstream A-B"),
        ("A [U, BBoM] -> [D, ACL] B", "upstreamDownstream A-B down[\"ACL\"] mud[\"A\"]"),
        ("A [P] <-> [P] B", "partnership A-B"),
        ("A [SK] <-> [SK] B", "sharedKernel A-B"),
        ("A [P] <-> B", "partnership A-B"),
        ("A partnership B", "partnership A-B"),
        ("A shared kernel B", "sharedKernel A-B"),
        ("A separate ways B", "separateWays A-B"),
        ("A [BBoM] separate ways [BBoM] B", "separateWays A-B mud[\"A\", \"B\"]"),
    ])
    func everyNotationResolvesToItsPatterns(written: String, expected: String) {
        #expect(relationships(written).map(spelled) == [expected])
    }

    @Test func customerSupplierIsMarkedOnEitherSide() {
        let all = relationships("  A [U, S] -> B\n  C [C] <- A")
        #expect(all.map(\.isCustomerSupplier) == [true, true])
        #expect(relationships("A -> B").first?.isCustomerSupplier == false)
    }

    @Test func upstreamAndDownstreamAreOnlyForUpstreamDownstream() {
        let all = relationships("  A <- B\n  A [P] <-> [P] C")
        #expect(all.map(\.upstream) == ["B", nil])
        #expect(all.map(\.downstream) == ["A", nil])
        #expect(all.first?.involves("A") == true)
        #expect(all.first?.involves("C") == false)
    }

    @Test func aMapListsItsContextsInOrderOfAppearance() {
        let model = Support.model("""
        context A {}
        context B {}
        context C {}
        /// The landscape.
        context map M {
          C -> A
          A -> B
          B <- C
        }
        """)
        #expect(model.contextMaps.first?.contexts == ["C", "A", "B"])
        #expect(model.contextMaps.first?.doc == "The landscape.")
        #expect(model.contextMaps.first?.name == "M")
    }

    @Test func relationshipsKeepTheirDocComments() {
        let model = Support.model("context A {}\ncontext B {}\ncontext map M {\n  /// Why.\n  A -> B\n}")
        #expect(model.relationships.first?.doc == "Why.")
    }

    @Test func aMapMayBeSpreadOverSeveralMapsAndFiles() {
        let model = Support.model([
            ("a.storm", "context A {}\ncontext map One { A -> B }"),
            ("b.storm", "context B {}\ncontext map Two { B partnership A }"),
        ])
        #expect(model.contextMaps.map(\.name) == ["One", "Two"])
        #expect(model.relationships.map(\.kind) == [.upstreamDownstream, .partnership])
    }

    @Test func aMapMayNameContextsDeclaredAfterIt() {
        let model = Support.model("context map M { Late -> Later }\ncontext Late {}\ncontext Later {}")
        #expect(model.relationships.count == 1)
    }

    @Test func brokenRelationshipsAreLeftOutAndTheOthersKept() {
        let loaded = Support.load("""
        context A {}
        context B {}
        context map M {
          A -> Nope
          A [U, ACL] -> B
          A [P] <-> [SK] B
          A [XX] -> B
          A -> A
          B [U] -> [D] A
        }
        """)
        #expect(loaded.diagnostics.all.map(\.id) == ["unresolved-reference", "role-on-wrong-side", "symmetric-relationship", "invalid-role",
                                                    "self-relationship"])
        // An unknown role is dropped, and the relationship kept without it.
        #expect(loaded.model.relationships.map { "\($0.first)->\($0.second)" } == ["A->B", "B->A"])
    }

    @Test func aDuplicateMapIsReported() {
        let loaded = Support.load("context A {}\ncontext map M {}\ncontext map M {}")
        #expect(loaded.diagnostics.all.map(\.message) == ["context map `M` is declared more than once in the model"])
        #expect(loaded.model.contextMaps.count == 1)
    }

    @Test func upstreamDownstreamBothWaysIsNotADuplicate() {
        let loaded = Support.load("context A {}\ncontext B {}\ncontext map M {\n  A -> B\n  B [U, OHS] -> [D, ACL] A\n}")
        #expect(loaded.diagnostics.all.isEmpty)
        #expect(loaded.model.relationships.map { "\($0.first)->\($0.second)" } == ["A->B", "B->A"])
    }

    @Test func theSameDirectionTwiceOrASymmetricRelationshipBesideAnotherIsADuplicate() {
        for second in ["B <- A", "A [U, S] -> [D, C] B", "A [P] <-> [P] B", "B separate ways A"] {
            let loaded = Support.load("context A {}\ncontext B {}\ncontext map M {\n  A -> B\n  B -> A\n  \(second)\n}")
            #expect(loaded.diagnostics.all.map(\.id) == ["duplicate-relationship"], "\(second)")
            #expect(loaded.diagnostics.all.first?.notes.first?.range.map { loaded.sources.location(of: $0).line } == 4, "\(second)")
        }
        let symmetricFirst = Support.load("context A {}\ncontext B {}\ncontext map M {\n  A [SK] <-> [SK] B\n  B -> A\n}")
        #expect(symmetricFirst.diagnostics.all.map(\.id) == ["duplicate-relationship"])
    }

    @Test func aDuplicateRelationshipIsKeptWithAWarning() {
        let loaded = Support.load("context A {}\ncontext B {}\ncontext map M {\n  A -> B\n  A partnership B\n}")
        #expect(loaded.diagnostics.all.map(\.severity) == [.warning])
        #expect(loaded.model.relationships.count == 2)
        #expect(!loaded.hasErrors)
    }

    @Test func everyRoleIsKnownAndValid() {
        let loaded = Support.load("context A {}\ncontext B {}\ncontext map M { A [u] -> [acl] B }")
        #expect(loaded.diagnostics.all.map(\.id) == ["invalid-role", "invalid-role"])
        #expect(loaded.diagnostics.all.flatMap { $0.fixIts.map(\.message) } == ["did you mean `U`?", "did you mean `ACL`?"])
    }

    @Test func theWordConnectorsTakeNoRoles() {
        let loaded = Support.load("context A {}\ncontext B {}\ncontext map M { A [U] separate ways B }")
        #expect(loaded.diagnostics.all.map(\.message) == ["`separate ways` takes no roles"])
    }
}
