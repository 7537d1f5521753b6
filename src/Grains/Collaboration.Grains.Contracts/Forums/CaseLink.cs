namespace Collaboration.Forums;

/// <summary>
/// A reference as it was found when recorded: the case it names, with that case's title and
/// date when it is registered, or the reference alone, shown as not registered, when it is not.
/// </summary>
/// <param name="Case">The case named; when registered its forum id and prefix are set.</param>
/// <param name="Title">The case's title when registered.</param>
/// <param name="Date">The case's date (its meeting's, or the day it was registered when unscheduled) when registered.</param>
/// <param name="Registered">Whether the case exists.</param>
[GenerateSerializer, Immutable]
public sealed record CaseLink(
    [property: Id(0)] CaseReference Case,
    [property: Id(1)] string? Title,
    [property: Id(2)] DateOnly? Date,
    [property: Id(3)] bool Registered)
{
    /// <summary>A reference to a case that is not registered (yet).</summary>
    public static CaseLink NotRegistered(CaseReference reference) => new(reference, null, null, false);
}
