import StormKit
import StormModel
import StormReview
import StormSource
import Testing

/// Loads Storm text as a model; the text must check without errors.
func model(_ text: String, path: String = "test.storm", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Model {
    let loaded = ModelLoader.load(sources: [SourceFile(path: path, text: text)], name: "Test")
    if loaded.hasErrors {
        Issue.record("fixture has errors: \(loaded.diagnostics.all.map(\.message))", sourceLocation: sourceLocation)
    }
    return loaded.model
}

/// The findings of one rule on Storm text, every rule at its default severity.
func findings(_ rule: String, _ text: String, naming: NamingAllowList = NamingAllowList(),
              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Finding] {
    let linter = Linter(configuration: LintConfiguration(naming: naming))
    return linter.lint(model(text, sourceLocation: sourceLocation)).filter { $0.ruleID == rule }
}

/// The messages of one rule's findings on Storm text.
func messages(_ rule: String, _ text: String, naming: NamingAllowList = NamingAllowList(),
              sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    findings(rule, text, naming: naming, sourceLocation: sourceLocation).map(\.message)
}

/// A model that every rule accepts: the baseline the rule tests break one thing at a time.
let cleanModel = """
domain Insurance {
  subdomain TripRecording: core
  subdomain DriverScoring: supporting
}
team Journeys { contact "journeys@example.com" }
team Scorers

context Trips implements TripRecording {
  owner Journeys
  actor Driver
  id TripID
  value GeoPoint { latitude: Double, longitude: Double }
  aggregate Trip {
    tripId: TripID @identity
    command StartTrip by Driver { driverName: String } emits TripStarted
    command EndTrip by Driver { route: [GeoPoint] } emits TripEnded
  }
  event TripStarted { tripId: TripID, driverName: String @pii }
  event TripEnded v2 { tripId: TripID, route: [GeoPoint] }
  read model TripHistory from TripStarted, TripEnded { trips: [TripID] }
  data product TripFeed {
    output port trips publishes TripStarted, TripEnded
    freshness 5 minutes
    availability 99.9%
  }
}

context Scoring implements DriverScoring {
  owner Scorers
  aggregate DriverScore {
    command ScoreTrip { tripId: Trips.TripID } emits TripScored
  }
  event TripScored { tripId: Trips.TripID, score: Int }
  policy ScoreEveryTrip: when Trips.TripEnded then ScoreTrip
  read model Scores from TripScored
  data product ScoreFeed {
    input port trips consumes Trips.TripStarted
    output port scores publishes TripScored { freshness 1 hour availability 99% }
  }
}

context map Insurance {
  Trips [U, OHS, PL] -> [D, ACL] Scoring
}
"""
