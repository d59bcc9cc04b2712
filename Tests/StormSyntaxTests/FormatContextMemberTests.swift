import Testing

/// The canonical layout of the members of contexts and aggregates, fields, types and literals.
@Suite struct FormatContextMemberTests {
    /// Wraps members in a context, as they are written in a file.
    private func inContext(_ members: String, named name: String = "C") -> String {
        "context \(name) {\n" + members.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
            .joined(separator: "\n") + "\n}\n"
    }

    @Test func oneLineMembers() {
        FormatTestSupport.expectFormat("""
            context C { owner   Journeys vision"Every trip once"actor Driver external  system Device
            id TripID id PolicyNumber:String hotspot "What if the phone dies?" }
            """, inContext("""
            owner Journeys
            vision "Every trip once"
            actor Driver
            external system Device
            id TripID
            id PolicyNumber: String
            hotspot "What if the phone dies?"
            """))
    }

    @Test func policies() {
        FormatTestSupport.expectFormat("context C { policy ScoreTrip :when Trips.TripEnded,TripResumed then ScoreTrip , Notify }",
                                       inContext("policy ScoreTrip: when Trips.TripEnded, TripResumed then ScoreTrip, Notify"))
    }

    @Test func shortFieldBlocksStayInline() {
        FormatTestSupport.expectFormat("""
            context C {
              value GeoPoint {
                latitude: Double,
                longitude: Double
              }
              event TripStarted v2 {trip:TripID at : Timestamp}
              event Pinged
              event Cleared v3 {}
              read model History from TripStarted,Pinged { trips:[TripID] }
              entity Vehicle { vin: String }
            }
            """, inContext("""
            value GeoPoint { latitude: Double, longitude: Double }
            event TripStarted v2 { trip: TripID, at: Timestamp }
            event Pinged
            event Cleared v3 {}
            read model History from TripStarted, Pinged { trips: [TripID] }
            entity Vehicle { vin: String }
            """))
    }

    @Test func largerFieldBlocksTakeOneLinePerField() {
        FormatTestSupport.expectFormat("""
            context C {
              event TripEnded { trip: TripID, endedAt: Timestamp, route: [GeoPoint] @pii, mode: TransportMode = car }
              event Scored { trip: TripID, score: Int, reasonsForTheScoreAsExplainedToTheDriver: [String: String] = [:] }
              event Short { a: Int }
            }
            """, inContext("""
            event TripEnded {
              trip: TripID
              endedAt: Timestamp
              route: [GeoPoint] @pii
              mode: TransportMode = car
            }

            event Scored {
              trip: TripID
              score: Int
              reasonsForTheScoreAsExplainedToTheDriver: [String: String] = [:]
            }

            event Short { a: Int }
            """))
    }

    @Test func commands() {
        FormatTestSupport.expectFormat("""
            context C {
              command StartTrip by Driver,Device{driverId:DriverID} emits TripStarted
              command EndTrip emits TripEnded,TripClosed
              command Reset
              command Import by Legacy.Batch { file: String, rows: Int, source: String, checksum: String } emits Imported
            }
            """, inContext("""
            command StartTrip by Driver, Device { driverId: DriverID } emits TripStarted
            command EndTrip emits TripEnded, TripClosed
            command Reset

            command Import by Legacy.Batch {
              file: String
              rows: Int
              source: String
              checksum: String
            } emits Imported
            """))
    }

    @Test func fieldsTypesAndDefaults() {
        FormatTestSupport.expectFormat("""
            context C { entity E {
              a : [ String : [Int] ] ? = [:]
              @pii b:String?=null @deprecated ( "use c" )
              c: [Decimal] = [ 1.5 , -2, 0.25 ]
              d: Bool=true
              e: Duration = 1 minutes
              f: Duration=90 second
              g: Mode = car
              h: [[Int]] = [[1,2],[]]
              i: Int??
            } }
            """, inContext("""
            entity E {
              a: [String: [Int]]? = [:]
              b: String? = null @pii @deprecated("use c")
              c: [Decimal] = [1.5, -2, 0.25]
              d: Bool = true
              e: Duration = 1 minute
              f: Duration = 90 seconds
              g: Mode = car
              h: [[Int]] = [[1, 2], []]
              i: Int??
            }
            """))
    }

    @Test func longNameListsWrapAfterCommas() {
        let events = (1...9).map { "SomethingQuiteLongHappened\($0)" }
        FormatTestSupport.expectFormat("""
            context C {
              policy React: when \(events.prefix(4).joined(separator: ", ")) then Handle, \(events[4])
              read model Board from \(events.joined(separator: ","))
              { a: Int }
              command Act by Driver emits \(events.prefix(4).joined(separator: ", "))
            }
            """, inContext("""
            policy React: when SomethingQuiteLongHappened1, SomethingQuiteLongHappened2,
                SomethingQuiteLongHappened3, SomethingQuiteLongHappened4 then Handle,
                SomethingQuiteLongHappened5

            read model Board from SomethingQuiteLongHappened1, SomethingQuiteLongHappened2,
                SomethingQuiteLongHappened3, SomethingQuiteLongHappened4, SomethingQuiteLongHappened5,
                SomethingQuiteLongHappened6, SomethingQuiteLongHappened7, SomethingQuiteLongHappened8,
                SomethingQuiteLongHappened9 {
              a: Int
            }

            command Act by Driver emits SomethingQuiteLongHappened1, SomethingQuiteLongHappened2,
                SomethingQuiteLongHappened3, SomethingQuiteLongHappened4
            """))
    }

    @Test func stringsAreReEscaped() {
        FormatTestSupport.expectFormat(#"context C { vision "say \"hi\"\\ \u{41}\u{9}\u{1F600} tab\ttab\nline\r\u{7}" }"#,
                                       inContext(#"vision "say \"hi\"\\ A\t😀 tab\ttab\nline\r\u{7}""#))
    }

    @Test func enumerations() {
        FormatTestSupport.expectFormat("""
            context C {
              enum Mode {car,bus , train,}
              enum Empty {}
              enum Long { aaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbb cccccccccccccccccccccc dddddddddddddddddddddd eeeeeeeeeeee }
              enum Annotated { @deprecated("no more") tram, car }
            }
            """, inContext("""
            enum Mode { car, bus, train }
            enum Empty {}

            enum Long {
              aaaaaaaaaaaaaaaa
              bbbbbbbbbbbbbbbbbbbb
              cccccccccccccccccccccc
              dddddddddddddddddddddd
              eeeeeeeeeeee
            }

            enum Annotated { @deprecated("no more") tram, car }
            """))
    }

    @Test func aggregates() {
        FormatTestSupport.expectFormat("""
            context C {
            actor Driver
            aggregate Trip { tripId: TripID @identity
            startedAt: Timestamp
            invariant "A trip ends after it starts"
            command StartTrip by Driver { driverId: DriverID } emits TripStarted
            entity Leg { from: GeoPoint, to: GeoPoint }
            value Fix { at: GeoPoint }
            hotspot "Phone dies?" }
            aggregate Nothing {}
            event TripStarted
            }
            """, inContext("""
            actor Driver

            aggregate Trip {
              tripId: TripID @identity
              startedAt: Timestamp
              invariant "A trip ends after it starts"
              command StartTrip by Driver { driverId: DriverID } emits TripStarted
              entity Leg { from: GeoPoint, to: GeoPoint }
              value Fix { at: GeoPoint }
              hotspot "Phone dies?"
            }

            aggregate Nothing {}
            event TripStarted
            """))
    }

    @Test func dataProducts() {
        FormatTestSupport.expectFormat("""
            context C { data product TripFeed {
              owner Journeys
              input port raw consumes Devices.Pinged , Devices.Lost
              output port trips publishes TripStarted,TripEnded { freshness 5 minutes availability 99.9 % }
              output port daily publishes TripEnded {}
              freshness 1 hours
              availability 99%
            } }
            """, inContext("""
            data product TripFeed {
              owner Journeys
              input port raw consumes Devices.Pinged, Devices.Lost

              output port trips publishes TripStarted, TripEnded {
                freshness 5 minutes
                availability 99.9%
              }

              output port daily publishes TripEnded
              freshness 1 hour
              availability 99%
            }
            """))
    }

    @Test func authorsBlankLinesAreKeptButCollapsed() {
        FormatTestSupport.expectFormat("""
            context C {

              actor Driver
              actor Clerk



              event A
              event B
            }
            """, inContext("""
            actor Driver
            actor Clerk

            event A
            event B
            """))
    }

    @Test func keywordsServeAsNames() {
        FormatTestSupport.expectFormat("""
            context event { value type { event: String, command: Int }
            aggregate service { invariant: String
            command: Int } }
            """, inContext("""
            value type { event: String, command: Int }

            aggregate service {
              invariant: String
              command: Int
            }
            """, named: "event"))
    }
}
