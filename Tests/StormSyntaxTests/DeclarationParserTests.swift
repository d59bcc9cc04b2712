import StormDiagnostics
import StormSource
import StormSyntax
import Testing

/// Top-level declarations: `Domain`, `Subdomain`, `Team`, `Context` (its header) and how a file is split
/// into declarations.
struct DeclarationParserTests {
    typealias Support = ParserTestSupport

    @Test func aDomainHasADescriptionAndSubdomainsOfEveryKind() throws {
        let text = """
        domain MotorInsurance "Usage-based motor insurance" {
          subdomain TripRecording: core "Turning telemetry into trips"
          subdomain Claims: supporting
          subdomain Payments: generic
        }
        """
        let syntax = Support.parseClean(text)
        guard case .domain(let domain)? = syntax.declarations.first else { Issue.record("not a domain"); return }
        #expect(domain.name.text == "MotorInsurance")
        #expect(domain.description?.value == "Usage-based motor insurance")
        #expect(domain.subdomains.map(\.name.text) == ["TripRecording", "Claims", "Payments"])
        #expect(domain.subdomains.map(\.kind?.text) == ["core", "supporting", "generic"])
        #expect(domain.subdomains.map(\.description?.value) == ["Turning telemetry into trips", nil, nil])
        #expect(Support.slice(text, domain.info.range) == text)
        #expect(Support.slice(text, domain.subdomains[1].info.range) == "subdomain Claims: supporting")
        #expect(Support.slice(text, domain.name.range) == "MotorInsurance")
    }

    @Test func aDomainMayBeEmptyAndHaveNoDescription() {
        guard case .domain(let domain)? = Support.parseClean("domain D {}").declarations.first else { Issue.record("not a domain"); return }
        #expect(domain.description == nil)
        #expect(domain.subdomains.isEmpty)
    }

    @Test func aSubdomainKindIsKeptAsWrittenForTheChecker() {
        guard case .domain(let domain)? = Support.parseClean("domain D { subdomain S: central }").declarations.first else {
            Issue.record("not a domain"); return
        }
        #expect(domain.subdomains.first?.kind?.text == "central")
    }

    @Test func aTeamHasAnOptionalContact() {
        let syntax = Support.parseClean("""
        team Journeys { contact "journeys@example.com" }
        team Quiet
        team Empty {}
        """)
        let teams = syntax.declarations.compactMap { declaration -> TeamSyntax? in
            if case .team(let team) = declaration { return team }
            return nil
        }
        #expect(teams.map(\.name.text) == ["Journeys", "Quiet", "Empty"])
        #expect(teams.map(\.contact?.value) == ["journeys@example.com", nil, nil])
    }

    @Test func aContextNamesTheSubdomainItImplements() {
        let syntax = Support.parseClean("""
        context Trips implements TripRecording {}
        context Scoring implements MotorInsurance.DriverScoring {}
        context Legacy {}
        """)
        let contexts = syntax.declarations.compactMap { declaration -> ContextSyntax? in
            if case .context(let context) = declaration { return context }
            return nil
        }
        #expect(contexts.map(\.name.text) == ["Trips", "Scoring", "Legacy"])
        #expect(contexts.map(\.implements?.text) == ["TripRecording", "MotorInsurance.DriverScoring", nil])
        #expect(contexts[1].implements?.parts.map(\.text) == ["MotorInsurance", "DriverScoring"])
        #expect(contexts.allSatisfy { $0.members.isEmpty })
    }

    @Test func contextMapNeedsANameAfterMap() {
        // `context map {` is a context named `map`; `context map M {` is a context map.
        let syntax = Support.parseClean("context map { }\ncontext map M { }")
        #expect(syntax.declarations.count == 2)
        guard case .context(let first) = syntax.declarations[0], case .contextMap(let second) = syntax.declarations[1] else {
            Issue.record("wrong kinds: \(syntax.declarations)"); return
        }
        #expect(first.name.text == "map")
        #expect(second.name.text == "M")
    }

    @Test func declarationsCarryAnnotationsWrittenBeforeThem() {
        let syntax = Support.parseClean("""
        @deprecated("merged into Claims")
        context FirstNotice {}
        """)
        let info = syntax.declarations.first?.info
        #expect(info?.annotations.map(\.name.text) == ["deprecated"])
        #expect(info?.annotations.first?.argument?.value == "merged into Claims")
        #expect(info.map { Support.slice("@deprecated(\"merged into Claims\")\ncontext FirstNotice {}", $0.range) }
                == "@deprecated(\"merged into Claims\")\ncontext FirstNotice {}")
    }

    @Test func aFileHoldsAnyNumberOfDeclarationsInAnyOrder() {
        let syntax = Support.parseClean("""
        context map M { A -> B }
        context A {}
        team T
        domain D {}
        context B {}
        """)
        let kinds = syntax.declarations.map { declaration -> String in
            switch declaration {
            case .domain: "domain"
            case .team: "team"
            case .context: "context"
            case .contextMap: "map"
            case .use: "use"
            }
        }
        #expect(kinds == ["map", "context", "team", "domain", "context"])
        #expect(syntax.file == FileID(0))
    }

    @Test func anEmptyFileHasNoDeclarations() {
        #expect(Support.parseClean("").declarations.isEmpty)
        #expect(Support.parseClean("\n\n   \n").declarations.isEmpty)
        #expect(Support.parseClean("// only a comment\n").trailingComments == [" only a comment"])
    }

    @Test func anUnknownTopLevelWordSuggestsTheNearestKeyword() {
        let (_, diagnostics) = Support.parse("contxt Trips {}")
        #expect(Support.summary(diagnostics) == [
            "expected-declaration: expected a declaration (`domain`, `team`, `context` or `context map`), found `contxt`",
        ])
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `context`?"])
        #expect(diagnostics.first?.fixIts.first?.edits.first?.replacement == "context")
        #expect(diagnostics.first?.fixIts.first?.edits.first?.range == SourceRange(file: FileID(0), start: 0, end: 6))
    }

    @Test func parsingResumesAtTheNextDeclarationAfterAnError() {
        let text = """
        domain D { subdomain S core }
        team T { contact "t@example.com" }
        context { }
        context C {}
        """
        let (syntax, diagnostics) = Support.parse(text)
        #expect(diagnostics.map { Support.position($0, in: text) } == ["1:24", "3:9"])
        #expect(Support.summary(diagnostics) == [
            "expected-token: expected `:` after subdomain `S`: write `subdomain S: core`, found `core`",
            "expected-name: expected a context name after `context`, found `{`",
        ])
        let names = syntax.declarations.map { declaration -> String in
            switch declaration {
            case .domain(let d): d.name.text
            case .team(let t): t.name.text
            case .context(let c): c.name.text
            case .contextMap(let m): m.name.text
            case .use(let u): u.name.text
            }
        }
        #expect(names == ["D", "T", "C"])
    }

    @Test func aDeclarationMustStartALineToEndRecovery() {
        // After an error, `context` in the middle of a line is skipped with the rest of the broken declaration.
        // (`flow` is near no keyword: a near one, such as `contxt`, would be read as the keyword.)
        let (syntax, diagnostics) = Support.parse("flow A { context B {} }\ncontext C {}")
        #expect(diagnostics.map(\.id) == ["expected-declaration"])
        #expect(syntax.declarations.count == 1)
    }

    @Test func aDomainTakesOnlySubdomains() {
        let (syntax, diagnostics) = Support.parse("domain D {\n  subdomian S: core\n  subdomain T: core\n}")
        #expect(Support.summary(diagnostics) == ["expected-member: expected `subdomain` in domain `D`, found `subdomian`"])
        #expect(diagnostics.first?.fixIts.map(\.message) == ["did you mean `subdomain`?"])
        // The misspelt keyword is read as `subdomain`, so `S` is declared and not reported again.
        guard case .domain(let domain)? = syntax.declarations.first else { Issue.record("not a domain"); return }
        #expect(domain.subdomains.map(\.name.text) == ["S", "T"])
    }

    @Test func aTeamTakesOnlyAContact() {
        let (_, diagnostics) = Support.parse("team T { email \"t@example.com\" }")
        #expect(Support.summary(diagnostics) == ["expected-member: expected `contact` in team `T`, found `email`"])
    }

    @Test func anUnclosedContextPointsAtItsOpeningBrace() {
        let text = "context Trips {\n  actor Driver\n"
        let (syntax, diagnostics) = Support.parse(text)
        #expect(Support.summary(diagnostics) == ["unclosed-block: expected `}` to close context `Trips`"])
        #expect(diagnostics.first?.notes.map(\.message) == ["the block opened here"])
        #expect(diagnostics.first?.notes.first?.range == SourceRange(file: FileID(0), start: 14, end: 15))
        #expect(diagnostics.first?.range == SourceRange(file: FileID(0), start: text.utf8.count, end: text.utf8.count))
        guard case .context(let context)? = syntax.declarations.first else { Issue.record("the context was lost"); return }
        #expect(context.members.count == 1)
    }
}
