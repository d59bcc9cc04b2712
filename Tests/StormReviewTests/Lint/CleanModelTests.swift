import StormReview
import Testing

@Test(arguments: RuleRegistry.all.map(\.id))
func ruleIsSilentOnTheCleanModel(_ rule: String) {
    #expect(messages(rule, cleanModel) == [])
}
