import Testing

@Test func cycleIsPrintedAsTheCycle() {
    let text = """
    context A { }
    context B { }
    context C { }
    context D { }
    context map M {
      A -> B
      B -> C
      C -> A
      C -> D
    }
    """
    let found = findings("relationship-cycle", text)
    #expect(found.map(\.message) == ["upstream/downstream relationships form a cycle: A -> B -> C -> A"])
    #expect(found.first?.notes.map(\.message) == ["`B -> C` declared here", "`C -> A` declared here"])
}

@Test func twoWayDependencyIsACycle() {
    let text = "context A { }\ncontext B { }\ncontext map M { A -> B }\ncontext map N { A <- B }"
    #expect(messages("relationship-cycle", text) == ["upstream/downstream relationships form a cycle: A -> B -> A"])
}

@Test func eachGroupOfContextsReportsOneCycle() {
    let text = """
    context A { }
    context B { }
    context C { }
    context D { }
    context map M { A -> B
      B -> A
      C -> D
      D -> C
      B -> C }
    """
    #expect(messages("relationship-cycle", text) == [
        "upstream/downstream relationships form a cycle: A -> B -> A",
        "upstream/downstream relationships form a cycle: C -> D -> C",
    ])
}

@Test func chainsAndPartnershipsAreNotCycles() {
    let text = "context A { }\ncontext B { }\ncontext C { }\ncontext map M { A -> B\n B -> C\n C [P] <-> [P] A }"
    #expect(messages("relationship-cycle", text) == [])
}
