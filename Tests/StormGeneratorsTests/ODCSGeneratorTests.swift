import StormGenerators
import Testing

private func contract(_ path: String) throws -> String {
    let files = try ODCSGenerator.generate(SchemaFixture.model, options: GeneratorOptions())
    #expect(files.map(\.path) == ["Trips/TripFeed.trips.odcs.yaml", "Scoring/Scores.scores.odcs.yaml"])
    return try #require(file(path, in: files)).contents
}

@Test func odcsContractIdentifiesThePortAndItsOwner() throws {
    let text = try contract("Trips/TripFeed.trips.odcs.yaml")
    #expect(text.contains("""
    apiVersion: v3.1.0
    kind: DataContract
    id: motorinsurance.trips.TripFeed.trips
    name: TripFeed.trips
    version: "2.0.0"
    status: active
    domain: MotorInsurance
    description:
      purpose: Trips for analytics.
      usage: Every ended trip.
    team:
      name: TripTeam
      description: Owns trips.
    support:
      - channel: TripTeam
        tool: email
        url: "mailto:trips@example.com"
    schema:
      - name: TripEnded
        physicalName: motorinsurance.trips.TripEnded.v2
        physicalType: topic
    """))
}

@Test func odcsPropertiesCarryTypesRequirednessAndPII() throws {
    let text = try contract("Trips/TripFeed.trips.odcs.yaml")
    #expect(text.contains("""
          - name: plate
            logicalType: string
            physicalType: Trips.Plate
            required: true
            classification: restricted
            tags:
              - pii
    """))
    // A field with a default is always written, so never null: required.
    #expect(text.contains("      - name: premium\n        logicalType: number\n        physicalType: Decimal\n        required: true\n"))
    #expect(text.contains("      - name: note\n        logicalType: string\n        physicalType: String\n        description: \"Deprecated: Unused.\"\n        required: false\n"))
    // The PII of nested value objects and entities is classified too.
    #expect(text.contains("          - name: name\n            logicalType: string\n            physicalType: String\n            required: true\n            classification: restricted\n"))
}

@Test func odcsServiceLevelsComeFromFreshnessAndAvailability() throws {
    #expect(try contract("Trips/TripFeed.trips.odcs.yaml").contains("""
    slaProperties:
      - property: latency
        value: 5
        unit: minutes
        description: "Freshness: data is at most 5 minutes old (PT5M)."
      - property: availability
        value: 99.9
        unit: "%"
    """))
    // The product's freshness applies to a port that sets none.
    #expect(try contract("Scoring/Scores.scores.odcs.yaml").contains("  - property: latency\n    value: 1\n    unit: day\n"))
}
