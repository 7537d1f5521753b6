namespace Collaboration.Hearings;

/// <summary>A body's statement (høringsuttalelse).</summary>
/// <param name="Text">The statement, or its summary.</param>
/// <param name="Url">The document in the body's own archive, if linked.</param>
/// <param name="Date">When it was given.</param>
[GenerateSerializer, Immutable]
public sealed record Statement(
    [property: Id(0)] string Text,
    [property: Id(1)] string? Url,
    [property: Id(2)] DateOnly Date);
