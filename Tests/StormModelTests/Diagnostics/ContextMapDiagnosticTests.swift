import Testing

/// The DDD rules of context maps.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct ContextMapDiagnosticTests {
    @Test func anUnknownRoleSuggestsOne() {
        DiagnosticTestSupport.expect("invalid-role", in: #"""
        context Trips {}
        context Scoring {}
        context map Insurance {
          Trips [1️⃣OSH] -> [D] Scoring
        }

        """#, renders: #"""
        model.storm:4:10: error: unknown relationship role `OSH`: expected U, D, OHS, PL, ACL, CF, S, C, P, SK or BBoM [invalid-role]
         4 |   Trips [OSH] -> [D] Scoring
           |          ^~~
          = help: did you mean `OHS`?

        """#)
    }

    @Test func anUpstreamRoleDownstream() {
        DiagnosticTestSupport.expect("role-on-wrong-side", in: #"""
        context Trips {}
        context Scoring {}
        context map Insurance {
          Trips [U] -> [D, 1️⃣OHS] Scoring
        }

        """#, renders: #"""
        model.storm:4:20: error: `OHS` is an upstream role, but `Scoring` is downstream here [role-on-wrong-side]
         4 |   Trips [U] -> [D, OHS] Scoring
           |                    ^~~

        """#)
    }

    @Test func aDownstreamRoleUpstream() {
        DiagnosticTestSupport.expect("role-on-wrong-side", in: #"""
        context Trips {}
        context Scoring {}
        context map Insurance {
          Scoring [D] <- [U, 1️⃣ACL] Trips
        }

        """#, renders: #"""
        model.storm:4:22: error: `ACL` is a downstream role, but `Trips` is upstream here [role-on-wrong-side]
         4 |   Scoring [D] <- [U, ACL] Trips
           |                      ^~~

        """#)
    }

    @Test func aConformistWithAnAnticorruptionLayer() {
        DiagnosticTestSupport.expect("conformist-with-anticorruption-layer", in: #"""
        context Trips {}
        context Scoring {}
        context map Insurance {
          1️⃣Trips [U] -> [D, CF, ACL] Scoring
        }

        """#, renders: #"""
        model.storm:4:3: error: `Scoring` cannot be both conformist (CF) and protected by an anticorruption layer (ACL): choose one [conformist-with-anticorruption-layer]
         4 |   Trips [U] -> [D, CF, ACL] Scoring
           |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aCustomerThatConforms() {
        DiagnosticTestSupport.expect("customer-supplier-conformist", in: #"""
        context Trips {}
        context Pricing {}
        context map Insurance {
          1️⃣Trips [U, S] -> [D, CF] Pricing
        }

        """#, renders: #"""
        model.storm:4:3: error: `Pricing` cannot be both a customer (C) and a conformist (CF): a customer's needs shape the upstream, a conformist adopts it as it is [customer-supplier-conformist]
         4 |   Trips [U, S] -> [D, CF] Pricing
           |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aContextRelatedToItself() {
        DiagnosticTestSupport.expect("self-relationship", in: #"""
        context Trips {}
        context map Insurance {
          1️⃣Trips [U] -> [D] Trips
        }

        """#, renders: #"""
        model.storm:3:3: error: `Trips` cannot have a relationship with itself [self-relationship]
         3 |   Trips [U] -> [D] Trips
           |   ^~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aPartnershipTakesNoUpstreamOrDownstreamRoles() {
        DiagnosticTestSupport.expect("symmetric-relationship", in: #"""
        context Scoring {}
        context Pricing {}
        context map Insurance {
          Scoring [U] 1️⃣<-> [D] Pricing
        }

        """#, renders: #"""
        model.storm:4:15: error: partnership and shared kernel are symmetric and take no upstream or downstream roles [symmetric-relationship]
         4 |   Scoring [U] <-> [D] Pricing
           |               ^~~

        """#)
    }

    @Test func aPartnershipIsWrittenBothWays() {
        DiagnosticTestSupport.expect("symmetric-relationship", in: #"""
        context Scoring {}
        context Pricing {}
        context map Insurance {
          Scoring [1️⃣P] -> [P] Pricing
        }

        """#, renders: #"""
        model.storm:4:12: error: partnership is symmetric: write `Scoring [P] <-> [P] Pricing` [symmetric-relationship]
         4 |   Scoring [P] -> [P] Pricing
           |            ^
        model.storm:4:19: error: partnership is symmetric: write `Scoring [P] <-> [P] Pricing` [symmetric-relationship]
         4 |   Scoring [P] -> [P] Pricing
           |                   ^

        """#)
    }

    @Test func aBothWaysArrowNeedsItsPattern() {
        DiagnosticTestSupport.expect("symmetric-relationship", in: #"""
        context Scoring {}
        context Pricing {}
        context map Insurance {
          Scoring 1️⃣<-> Pricing
        }

        """#, renders: #"""
        model.storm:4:11: error: a `<->` relationship is a partnership or a shared kernel: write `[P] <-> [P]` or `[SK] <-> [SK]` [symmetric-relationship]
         4 |   Scoring <-> Pricing
           |           ^~~

        """#)
    }
}
