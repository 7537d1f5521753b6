namespace Collaboration.Hearings;

/// <summary>
/// The rule for "adopted by the region", part of the sending and evaluated, never typed. Adopted
/// with changes counts as adopting; rejected, will-not-answer and (once concluded) not answered do not.
/// </summary>
/// <param name="Kind">All must adopt, or a majority.</param>
/// <param name="Percent">For a majority: more than this percent of the bodies asked must adopt (50: a simple majority).</param>
[GenerateSerializer, Immutable]
public sealed record AdoptionRule(
    [property: Id(0)] RuleKind Kind,
    [property: Id(1)] decimal Percent)
{
    /// <summary>Every body must adopt.</summary>
    public static AdoptionRule All { get; } = new(RuleKind.All, 100);

    /// <summary>More than half must adopt.</summary>
    public static AdoptionRule SimpleMajority { get; } = new(RuleKind.Majority, 50);

    /// <summary>
    /// The region's outcome from one outcome per body asked (null: not answered). Adopted as soon
    /// as the rule is met, rejected as soon as it can no longer be met whatever the rest answer;
    /// once <paramref name="settled"/> (concluded) an unanswered body counts as not adopting.
    /// </summary>
    public RegionalOutcome Evaluate(IReadOnlyList<Outcome?> outcomes, bool settled)
    {
        var total = outcomes.Count;
        if (total == 0)
        {
            return RegionalOutcome.Pending;
        }

        var adopting = outcomes.Count(o => o is Outcome.Adopted or Outcome.AdoptedWithChanges);
        var open = outcomes.Count(o => o is null);
        return Meets(adopting, total) ? RegionalOutcome.Adopted
            : settled || !Meets(adopting + open, total) ? RegionalOutcome.Rejected
            : RegionalOutcome.Pending;
    }

    private bool Meets(int adopting, int total) => Kind == RuleKind.All
        ? adopting == total
        : adopting * 100m > Percent * total;
}
