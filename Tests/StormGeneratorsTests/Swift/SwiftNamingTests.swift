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

    func message(_ text: String) throws -> String? {
        if case .failure(let error) = try generate(text) { return error.message }
        return nil
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
        #expect(try message(text) == "in context `C`, value `Type` and value `Type_` both map to the Swift name `Type_`; rename one")
    }

    @Test func fieldsThatCollideAfterMappingAreRefused() throws {
        let text = "context C {\n  event E { self: Int, self_: Int }\n}\n"
        #expect(try message(text) == "in event `C.E`, fields `self` and `self_` both map to the Swift name `self_`; rename one")
    }

    @Test func declarationsMayNotHideAContextNamespace() throws {
        let text = "context Trips {\n  event Billing { }\n}\ncontext Billing {\n  event Paid { }\n}\n"
        #expect(try message(text) == "event `Trips.Billing` has the Swift name of context `Billing` and would hide its namespace in generated code; rename one")
    }

    @Test func contextsThatShareAFileOnCaseInsensitiveDisksAreRefused() throws {
        let text = "context Trips {\n  event A { }\n}\ncontext trips {\n  event B { }\n}\n"
        #expect(try message(text) == "contexts `Trips` and `trips` would be written to the same file `trips.swift`; rename one")
    }

    @Test func fieldsMayNotTakeNamesOfNestedTypes() throws {
        let text = "context C {\n  aggregate A {\n    Command: Int\n  }\n}\n"
        #expect(try message(text) == "in aggregate `C.A`, field `Command` has the name of the generated type `Command`; rename the field")
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
