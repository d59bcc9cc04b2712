import Testing

/// The details block of a relationship and the settings at the head of a context map.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct RelationshipDetailsDiagnosticTests {
    @Test func anExposedNameOfTheDownstreamIsNotTheUpstreams() {
        DiagnosticTestSupport.expect("exposed-not-upstream", in: #"""
        context Customers { aggregate Customer { name: String } }
        context Policies { aggregate Policy { number: String } }
        context map Landscape {
          Customers -> Policies { exposes 1️⃣Policies.Policy }
        }

        """#, renders: #"""
        model.storm:4:35: error: `Policies.Policy` is not a declaration of `Customers`: a relationship exposes what its upstream declares [exposed-not-upstream]
         4 |   Customers -> Policies { exposes Policies.Policy }
           |                                   ^~~~~~~~~~~~~~~

        """#)
    }

    @Test func aMisspeltExposedNameSuggestsTheUpstreamsDeclaration() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Customers { aggregate Customer { name: String } }
        context Policies {}
        context map Landscape {
          Customers -> Policies { exposes 1️⃣Custmer }
        }

        """#, renders: #"""
        model.storm:4:35: error: unknown declaration `Custmer` in context `Customers` [unresolved-reference]
         4 |   Customers -> Policies { exposes Custmer }
           |                                   ^~~~~~~
          = help: did you mean `Customer`?

        """#)
    }

    @Test func unknownDownstreamRightsSuggestTheNearest() {
        DiagnosticTestSupport.expect("invalid-downstream-rights", in: #"""
        context Customers {}
        context Policies {}
        context map Landscape {
          Customers -> Policies { rights 1️⃣veto rights }
        }

        """#, renders: #"""
        model.storm:4:34: error: unknown downstream rights `veto rights`: expected influencer, opinion leader, veto right, decision maker or monopolist [invalid-downstream-rights]
         4 |   Customers -> Policies { rights veto rights }
           |                                  ^~~~~~~~~~~
          = help: did you mean `veto right`?

        """#)
    }

    @Test func aPartnershipHasNoDownstreamRights() {
        DiagnosticTestSupport.expect("invalid-downstream-rights", in: #"""
        context Claims {}
        context Policies {}
        context map Landscape {
          Claims partnership Policies { rights 1️⃣influencer }
        }

        """#, renders: #"""
        model.storm:4:40: error: the relationship between `Claims` and `Policies` has no downstream: rights belong to the downstream of an upstream/downstream relationship [invalid-downstream-rights]
         4 |   Claims partnership Policies { rights influencer }
           |                                        ^~~~~~~~~~

        """#)
    }

    @Test func anUnknownMapTypeSuggestsTheNearest() {
        DiagnosticTestSupport.expect("invalid-map-setting", in: #"""
        context map Landscape {
          type 1️⃣system landscap
        }

        """#, renders: #"""
        model.storm:2:8: error: unknown context map type `system landscap`: expected system landscape or organizational [invalid-map-setting]
         2 |   type system landscap
           |        ^~~~~~~~~~~~~~~
          = help: did you mean `system landscape`?

        """#)
    }

    @Test func aDetailSaidTwiceIsADuplicateMember() {
        DiagnosticTestSupport.expect("duplicate-member", in: #"""
        context Customers {}
        context Policies {}
        context map Landscape {
          Customers -> Policies {
            technology "REST"
            1️⃣technology "Kafka"
          }
        }

        """#, renders: #"""
        model.storm:6:5: error: the relationship between `Customers` and `Policies` declares its technology more than once [duplicate-member]
         6 |     technology "Kafka"
           |     ^~~~~~~~~~~~~~~~~~
        model.storm:5:5: note: first said here
         5 |     technology "REST"
           |     ^~~~~~~~~~~~~~~~~

        """#)
    }
}
