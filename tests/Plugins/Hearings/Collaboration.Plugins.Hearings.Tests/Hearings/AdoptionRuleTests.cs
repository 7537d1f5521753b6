namespace Collaboration.Hearings.Tests.Hearings;

/// <summary>The region's outcome is evaluated from the rule and the bodies' outcomes, never typed.</summary>
public sealed class AdoptionRuleTests
{
    private const Outcome A = Outcome.Adopted;
    private const Outcome C = Outcome.AdoptedWithChanges;
    private const Outcome R = Outcome.Rejected;
    private const Outcome W = Outcome.WillNotAnswer;

    public static TheoryData<Outcome?[], bool, RegionalOutcome> AllMustAdopt => new()
    {
        { [A, A, A], false, RegionalOutcome.Adopted },
        { [A, C, A], false, RegionalOutcome.Adopted },            // adopted with changes adopts
        { [A, A, null], false, RegionalOutcome.Pending },
        { [A, R, null], false, RegionalOutcome.Rejected },         // one rejection settles it at once
        { [A, W, A], false, RegionalOutcome.Rejected },
        { [A, A, null], true, RegionalOutcome.Rejected },          // concluded with one not answering
        { [], false, RegionalOutcome.Pending },
    };

    public static TheoryData<Outcome?[], decimal, bool, RegionalOutcome> Majority => new()
    {
        { [A, A, R, R], 50, false, RegionalOutcome.Rejected },     // half is not more than half
        { [A, A, C, R], 50, false, RegionalOutcome.Adopted },
        { [A, A, null, null], 50, false, RegionalOutcome.Pending },
        { [A, R, R, null], 50, false, RegionalOutcome.Rejected },  // even a yes from the last cannot make 3 of 4
        { [A, A, A, null, null, null, null, null], 50, false, RegionalOutcome.Pending },
        { [A, A, A, A, A, null, null, null], 50, false, RegionalOutcome.Adopted },
        { [A, A, A, A, null, null, null, null], 50, true, RegionalOutcome.Rejected },
        { [A, A, R], 66, false, RegionalOutcome.Adopted },         // 66.7 % is more than 66
        { [A, A, R], 67, false, RegionalOutcome.Rejected },
        { [A, C, W, null, null], 75, false, RegionalOutcome.Pending },   // four of five would still be 80 %
        { [A, C, W, R, null], 75, false, RegionalOutcome.Rejected },
        { [A, A, A, C, null], 75, false, RegionalOutcome.Adopted },
    };

    [Theory]
    [MemberData(nameof(AllMustAdopt))]
    public void All_must_adopt(Outcome?[] outcomes, bool concluded, RegionalOutcome expected) =>
        Assert.Equal(expected, AdoptionRule.All.Evaluate(outcomes, concluded));

    [Theory]
    [MemberData(nameof(Majority))]
    public void More_than_the_stated_percent_must_adopt(Outcome?[] outcomes, decimal percent, bool concluded, RegionalOutcome expected) =>
        Assert.Equal(expected, new AdoptionRule(RuleKind.Majority, percent).Evaluate(outcomes, concluded));

    [Fact]
    public void The_summary_counts_each_outcome_and_the_unanswered()
    {
        var summary = HearingSummary.Of([A, A, C, R, W, null, null]);

        Assert.Equal(new HearingSummary(2, 1, 1, 1, 2, 7), summary);
    }
}
