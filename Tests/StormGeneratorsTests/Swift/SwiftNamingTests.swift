@testable import StormGenerators
import StormKit
import StormSource
import Testing

/// Model names become Swift names that compile, and names that would collide are refused with a message.
struct SwiftNamingTests {
    func generate(_ text: String) throws -> Result<[GeneratedFile], GeneratorError> {
        let loaded = ModelLoader.load(sources: [SourceFile(path: "test.storm", text: text)], name: "Test")
        #expect(!loaded.hasErrors, "the model itself is valid")
        do throws(GeneratorError) {
            return .success(try SwiftGenerator.generate(loaded.model, options: GeneratorOptions()))
        } catch {
            return .failure(error)
        }
    }

    /// What checking `text` reports, after making sure the generator refuses the model too: `check`
    /// finds every refusal of the generators first.
    func message(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
        let loaded = ModelLoader.load(sources: [SourceFile(path: "test.storm", text: text)], name: "Test")
        do throws(GeneratorError) {
            _ = try SwiftGenerator.generate(loaded.model, options: GeneratorOptions())
            Issue.record("the generator accepts the model", sourceLocation: sourceLocation)
        } catch {}
        #expect(loaded.diagnostics.all.count == 1, "\(loaded.diagnostics.all.map(\.message))", sourceLocation: sourceLocation)
        return loaded.diagnostics.all.first?.message
    }

    @Test func identifiersKeepLettersOfAnyScript() {
        #expect(SwiftIdentifier.sanitized("Fahrt") == "Fahrt")
        #expect(SwiftIdentifier.sanitized("運行") == "運行")
        #expect(SwiftIdentifier.sanitized("e\u{301}lan") == "\u{e9}lan")
        #expect(SwiftIdentifier.sanitized("trip ended") == "trip_ended")
        #expect(SwiftIdentifier.sanitized("9lives") == "_9lives")
        #expect(SwiftIdentifier.sanitized("a-b+c") == "a_b_c")
        #expect(SwiftIdentifier.sanitized("_") == "__0")
        #expect(SwiftIdentifier.sanitized("") == "_0")
    }

    @Test func keywordsAreEscapedOrSuffixed() {
        #expect(SwiftIdentifier.escaped(SwiftIdentifier.memberName("class")) == "`class`")
        #expect(SwiftIdentifier.escaped(SwiftIdentifier.memberName("default")) == "`default`")
        #expect(SwiftIdentifier.memberName("self") == "self_")
        #expect(SwiftIdentifier.memberName("hashValue") == "hashValue_")
        #expect(SwiftIdentifier.typeName("Type") == "Type_")
        #expect(SwiftIdentifier.typeName("Decimal") == "Decimal_")
        #expect(SwiftIdentifier.typeName("protocol") == "protocol_")
        #expect(SwiftIdentifier.typeName("Trip") == "Trip")
    }

    @Test func caseNamesAreLowerCamel() {
        #expect(SwiftIdentifier.lowerCamel("TripEnded") == "tripEnded")
        #expect(SwiftIdentifier.lowerCamel("URLChanged") == "urlChanged")
        #expect(SwiftIdentifier.lowerCamel("ID") == "id")
        #expect(SwiftIdentifier.lowerCamel("already") == "already")
    }

    @Test func stringLiteralsAreEscaped() {
        #expect(SwiftIdentifier.stringLiteral("say \"hi\"\\\n\u{7}") == #""say \"hi\"\\\n\u{7}""#)
    }

    @Test func declarationsThatCollideAfterMappingAreRefused() throws {
        let text = "context C {\n  value Type { a: Int }\n  value Type_ { b: Int }\n}\n"
        #expect(try message(text) == "in context `C`, value `Type` and value `Type_` both map to the Swift name `Type_`")
    }

    @Test func fieldsThatCollideAfterMappingAreRefused() throws {
        let text = "context C {\n  event E { self: Int, self_: Int }\n}\n"
        #expect(try message(text) == "in event `C.E`, fields `self` and `self_` both map to the Swift name `self_`")
    }

    @Test func declarationsMayNotHideAContextNamespace() throws {
        let text = "context Trips {\n  event Billing { }\n}\ncontext Billing {\n  event Paid { }\n}\n"
        #expect(try message(text) == "event `Trips.Billing` has the Swift name of context `Billing` and would hide its namespace in generated code")
    }

    @Test func contextsThatShareAFileOnCaseInsensitiveDisksAreRefused() throws {
        let text = "context Trips {\n  event A { }\n}\ncontext trips {\n  event B { }\n}\n"
        #expect(try message(text) == "context `trips` would be written to the AsyncAPI file of context `Trips`, `Trips.asyncapi.yaml`, on file systems that ignore case (macOS, Windows)")
    }

    @Test func fieldsMayNotTakeNamesOfNestedTypes() throws {
        let text = "context C {\n  aggregate A {\n    Command: Int\n  }\n}\n"
        #expect(try message(text) == "in aggregate `C.A`, field `Command` has the name of the generated type `Command`")
    }

    @Test func eventsOfTheSameNameInTwoContextsGetQualifiedCases() throws {
        let text = """
        context A {
          event Ended { }
        }
        context B {
          event Ended { }
          policy P: when A.Ended, Ended then Go
          command Go { }
        }
        """
        let files = try generate(text).get()
        let b = try #require(files.first { $0.path == "B.swift" })
        #expect(b.contents.contains("case aEnded(A.Ended)"))
        #expect(b.contents.contains("case bEnded(B.Ended)"))
    }

    @Test func fileNamesStayInTheOutputFolder() throws {
        let files = try generate("context Ünterwegs {\n  event E { }\n}\n").get()
        #expect(files.map(\.path) == ["Ünterwegs.swift", "TestCatalog.swift"])
        #expect(files.allSatisfy { !$0.path.contains("/") && !$0.path.hasPrefix(".") })
    }
}
