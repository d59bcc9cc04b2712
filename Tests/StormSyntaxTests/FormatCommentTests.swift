import Testing

/// Doc comments and plain comments survive formatting, in canonical places.
@Suite struct FormatCommentTests {
    @Test func docCommentsOnEveryKindOfDeclaration() {
        FormatTestSupport.expectFormat("""
            ///Motor insurance.
            ///
            ///   Indented line.
            domain D {
            /// The core.
            subdomain S: core }
            /// A team.
            team T
            /// A context.
            context C {
            /// A field block.
            value V {
            /// A field.
            a: Int }
            /// An enum.
            enum E {
            /// A case.
            a
            b }
            }
            """, """
            /// Motor insurance.
            ///
            ///   Indented line.
            domain D {
              /// The core.
              subdomain S: core
            }

            /// A team.
            team T

            /// A context.
            context C {
              /// A field block.
              value V {
                /// A field.
                a: Int
              }

              /// An enum.
              enum E {
                /// A case.
                a
                b
              }
            }

            """)
    }

    @Test func leadingTrailingAndClosingComments() {
        FormatTestSupport.expectFormat("""
            // Header of the file.
            context C { // about C's members
              // before the actor
              actor Driver   // the person driving
              event A { a: Int, // the first field
                b: Int }
              enum E { a, // first case
              b }
              aggregate Agg {
                x: Int
                // nothing more yet
              } // end of Agg
              // closing comment of C
            } // end of C
            // end of the file
            """, """
            // Header of the file.
            context C {
              // about C's members
              // before the actor
              actor Driver // the person driving

              event A {
                a: Int // the first field
                b: Int
              }

              enum E {
                a // first case
                b
              }

              aggregate Agg {
                x: Int
                // nothing more yet
              } // end of Agg
              // closing comment of C
            } // end of C
            // end of the file

            """)
    }

    @Test func plainCommentsComeBeforeTheDocComment() {
        FormatTestSupport.expectFormat("""
            context C {
              /// Driver docs.
              // storm:allow naming legacy name
              @deprecated("x") actor driver
            }
            """, """
            context C {
              // storm:allow naming legacy name
              /// Driver docs.
              @deprecated("x") actor driver
            }

            """)
    }

    @Test func blankLineAfterAHeaderIsKept() {
        FormatTestSupport.expectFormat("""
            // Copyright the authors.
            // Licensed under the Apache License.


            /// The team.
            team T
            """, """
            // Copyright the authors.
            // Licensed under the Apache License.

            /// The team.
            team T

            """)
    }

    @Test func blankLinesAroundACommentStayWhereTheyWere() {
        FormatTestSupport.expectFormat("""
            context C {
              actor A
              // Section: the systems


              /// The device.

              external system Device
              // about B
              actor B
            }
            """, """
            context C {
              actor A
              // Section: the systems

              /// The device.
              external system Device
              // about B
              actor B
            }

            """)
    }

    @Test func blankLinesBeforeClosingAndFileComments() {
        FormatTestSupport.expectFormat("""
            context C {
              actor A

              // more actors to come
            }

            // the end
            """, """
            context C {
              actor A

              // more actors to come
            }

            // the end

            """)
    }

    @Test func commentsInOddPlacesMoveToTheNextMember() {
        FormatTestSupport.expectFormat("""
            context C {
              policy P: when A, // the usual trigger
                B then Cmd
              event A
              command Cmd by // whoever
                Driver
            }
            """, """
            context C {
              policy P: when A, B then Cmd
              // the usual trigger
              event A
              command Cmd by Driver
              // whoever
            }

            """)
    }

    @Test func trailingWhitespaceInCommentsIsRemoved() {
        FormatTestSupport.expectFormat("// note   \n/// doc \t\nteam T // trailing  \n", "// note\n/// doc\nteam T // trailing\n")
    }

    @Test func docCommentsBeforeAClosingBraceStayDocComments() {
        FormatTestSupport.expectFormat("context C {\n  actor A\n  /// stray doc\n}\n/// stray at the end\n", """
            context C {
              actor A
              /// stray doc
            }
            /// stray at the end

            """)
    }

    @Test func commentsInsideATeamAreKept() {
        FormatTestSupport.expectFormat("""
            team T {
              // the shared inbox
              contact "t@example.com" // answered daily
            }
            """, """
            team T {
              contact "t@example.com"
              // the shared inbox
              // answered daily
            }

            """)
    }

    @Test func commentCountIsPreserved() {
        let text = """
            // one
            context C { // two
              /// three
              actor A // four
              event E { a: Int // five
              } // six
              // seven
            } // eight
            // nine
            """
        let formatted = FormatTestSupport.format(text)
        #expect(FormatTestSupport.commentCount(text) == 9)
        #expect(FormatTestSupport.commentCount(formatted) == 9)
    }
}
