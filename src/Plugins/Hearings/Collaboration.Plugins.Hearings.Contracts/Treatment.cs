namespace Collaboration.Hearings;

/// <summary>A body's own treatment of the case.</summary>
/// <param name="Body">Which of its bodies treated it.</param>
/// <param name="Date">When.</param>
/// <param name="CaseReference">The case in its own archive, e.g. "PS 45/22".</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Changes">For adopted with changes: the changes, in text.</param>
[GenerateSerializer, Immutable]
public sealed record Treatment(
    [property: Id(0)] TreatingBody Body,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string? CaseReference,
    [property: Id(3)] Outcome Outcome,
    [property: Id(4)] string? Changes);
