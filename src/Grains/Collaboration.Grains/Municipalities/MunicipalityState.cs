namespace Collaboration.Municipalities;

[GenerateSerializer]
public sealed class MunicipalityState
{
    [Id(0)]
    public MunicipalityProfile? Profile { get; set; }

    /// <summary>Written only by forums, which own memberships.</summary>
    [Id(1)]
    public List<ForumMembership> Forums { get; set; } = [];
}
