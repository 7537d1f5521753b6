namespace Collaboration.Forums;

/// <summary>Who answers for a follow-up: a person, or a member body (a municipality or another organisation).</summary>
/// <param name="Name">The person's name, or the body's registered name when the follow-up was recorded.</param>
/// <param name="BodyId">The body's id (a kommunenummer or an organisation number); null for a person.</param>
[GenerateSerializer, Immutable]
public sealed record FollowUpOwner(
    [property: Id(0)] string Name,
    [property: Id(1)] string? BodyId)
{
    /// <summary>A person named as written.</summary>
    public static FollowUpOwner Person(string name) => new(name, null);

    /// <summary>A body by id; its name is filled in from its register when the follow-up is recorded.</summary>
    public static FollowUpOwner Body(string id) => new(id, id);
}
