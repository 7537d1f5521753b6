using Collaboration.Journal;
using Collaboration.Municipalities;

namespace Collaboration.Organisations;

[GenerateSerializer]
public sealed class OrganisationState : IJournaled, IVersioned
{
    [Id(0)]
    public OrganisationProfile? Profile { get; set; }

    /// <summary>Written only by forums, which own memberships.</summary>
    [Id(1)]
    public List<ForumMembership> Forums { get; set; } = [];

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(2)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(3)]
    public int Version { get; set; }
}
