using Collaboration.Access;

namespace Collaboration.Municipalities;

[GenerateSerializer]
public sealed class MunicipalityState : IAudited
{
    [Id(0)]
    public MunicipalityProfile? Profile { get; set; }

    /// <summary>Written only by forums, which own memberships.</summary>
    [Id(1)]
    public List<ForumMembership> Forums { get; set; } = [];

    /// <summary>Who changed what, when: appended with every write, never rewritten.</summary>
    [Id(2)]
    public List<AuditEntry> History { get; set; } = [];
}
