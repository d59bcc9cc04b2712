import Testing

/// The canonical layout of top-level declarations: domains, teams, contexts, context maps.
@Suite struct FormatDeclarationTests {
    @Test func domainWithSubdomains() {
        FormatTestSupport.expectFormat("""
            domain   MotorInsurance"Usage-based motor insurance"{subdomain Trips :core "Trip recording"
            subdomain Scoring: core subdomain Claims:supporting}
            """, """
            domain MotorInsurance "Usage-based motor insurance" {
              subdomain Trips: core "Trip recording"
              subdomain Scoring: core
              subdomain Claims: supporting
            }

            """)
    }

    @Test func emptyBlocksAreWrittenAsBraces() {
        FormatTestSupport.expectFormat("domain D {\n}\ncontext C {\n\n}\ncontext map M { }", """
            domain D {}

            context C {}

            context map M {}

            """)
    }

    @Test func teamStaysOnOneLine() {
        FormatTestSupport.expectFormat("team Journeys {\n    contact \"journeys@example.com\"\n}\nteam Scoring {}\nteam Pricing", """
            team Journeys { contact "journeys@example.com" }

            team Scoring

            team Pricing

            """)
    }

    @Test func longTeamTakesSeveralLines() {
        let address = String(repeating: "a", count: 90) + "@example.com"
        FormatTestSupport.expectFormat("team Journeys { contact \"\(address)\" }", """
            team Journeys {
              contact "\(address)"
            }

            """)
    }

    @Test func contextHeaderAndDeclarationsSeparatedByOneBlankLine() {
        FormatTestSupport.expectFormat("""
            context Trips implements MotorInsurance . TripRecording { owner Journeys }



            context Scoring{owner Scoring}
            """, """
            context Trips implements MotorInsurance.TripRecording {
              owner Journeys
            }

            context Scoring {
              owner Scoring
            }

            """)
    }

    @Test func contextMapInContextMapperNotation() {
        FormatTestSupport.expectFormat("""
            context map MotorInsurance {
              Trips[U,OHS,PL]->[D,ACL]Scoring
              Scoring [P]<->[P] Pricing
              Claims [ D , CF ] <- [U] Policies
              Claims [SK] <-> [SK] Policies
              Legacy separate   ways Trips
              Pricing partnership Scoring
              Pricing shared kernel Scoring
              Trips -> Legacy
            }
            """, """
            context map MotorInsurance {
              Trips [U, OHS, PL] -> [D, ACL] Scoring
              Scoring [P] <-> [P] Pricing
              Claims [D, CF] <- [U] Policies
              Claims [SK] <-> [SK] Policies
              Legacy separate ways Trips
              Pricing partnership Scoring
              Pricing shared kernel Scoring
              Trips -> Legacy
            }

            """)
    }

    @Test func annotationsBeforeDeclarations() {
        FormatTestSupport.expectFormat("""
            @deprecated("use Trips")
            context OldTrips { @deprecated( "gone" )
            event TripLogged }
            """, """
            @deprecated("use Trips") context OldTrips {
              @deprecated("gone") event TripLogged
            }

            """)
    }

    @Test func emptyFileStaysEmpty() {
        #expect(FormatTestSupport.format("") == "")
        #expect(FormatTestSupport.format("\n\n  \r\n") == "")
    }
}
