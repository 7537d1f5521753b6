namespace Collaboration.Idempotency;

/// <summary>An HTTP answer kept for replay.</summary>
/// <param name="Status">Status code.</param>
/// <param name="ContentType">Content type.</param>
/// <param name="Body">Body bytes.</param>
/// <param name="Location">Location header, if any.</param>
/// <param name="ETag">ETag header, if any.</param>
[GenerateSerializer, Immutable]
public sealed record StoredAnswer(
    [property: Id(0)] int Status,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] string? Location,
    [property: Id(4)] string? ETag);
