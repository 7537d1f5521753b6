namespace Collaboration.Hearings;

/// <summary>A document sent with the hearing, by link.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Url">Where it is read.</param>
[GenerateSerializer, Immutable]
public sealed record HearingDocument(
    [property: Id(0)] string Title,
    [property: Id(1)] string Url);
