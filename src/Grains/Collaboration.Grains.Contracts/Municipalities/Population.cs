namespace Collaboration.Municipalities;

/// <summary>A population count and when it was taken.</summary>
/// <param name="Count">Number of inhabitants.</param>
/// <param name="Year">The year of the count (1 January of that year unless the note says otherwise).</param>
/// <param name="Note">Source or caveat, e.g. "approximate".</param>
[GenerateSerializer, Immutable]
public sealed record Population(
    [property: Id(0)] int Count,
    [property: Id(1)] int Year,
    [property: Id(2)] string? Note);
