namespace Collaboration.Hearings;

/// <summary>A hearing as the register of hearings keeps it, to list hearings without a scan.</summary>
/// <param name="Id">The hearing.</param>
/// <param name="ForumId">Its forum.</param>
/// <param name="Sent">The day sent.</param>
/// <param name="Bodies">The bodies asked.</param>
[GenerateSerializer, Immutable]
public sealed record HearingListing(
    [property: Id(0)] string Id,
    [property: Id(1)] string ForumId,
    [property: Id(2)] DateOnly Sent,
    [property: Id(3)] IReadOnlyList<string> Bodies)
{
    /// <summary>Equal when every field is, the bodies compared one by one, so an unchanged listing is not stored again.</summary>
    public bool Equals(HearingListing? other) =>
        other is not null && Id == other.Id && ForumId == other.ForumId && Sent == other.Sent && Bodies.SequenceEqual(other.Bodies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ForumId, Sent);
}
