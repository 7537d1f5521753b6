namespace Collaboration.Hearings;

/// <summary>The bodies' outcomes counted.</summary>
/// <param name="Adopted">Adopted as proposed.</param>
/// <param name="AdoptedWithChanges">Adopted with changes.</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="WillNotAnswer">Declared they will not answer.</param>
/// <param name="NotAnswered">No treatment recorded (a statement alone included).</param>
/// <param name="Total">Bodies asked.</param>
[GenerateSerializer, Immutable]
public sealed record HearingSummary(
    [property: Id(0)] int Adopted,
    [property: Id(1)] int AdoptedWithChanges,
    [property: Id(2)] int Rejected,
    [property: Id(3)] int WillNotAnswer,
    [property: Id(4)] int NotAnswered,
    [property: Id(5)] int Total)
{
    /// <summary>The counts of one outcome per body (null: not treated).</summary>
    public static HearingSummary Of(IReadOnlyList<Outcome?> outcomes) => new(
        outcomes.Count(o => o == Outcome.Adopted),
        outcomes.Count(o => o == Outcome.AdoptedWithChanges),
        outcomes.Count(o => o == Outcome.Rejected),
        outcomes.Count(o => o == Outcome.WillNotAnswer),
        outcomes.Count(o => o is null),
        outcomes.Count);
}
