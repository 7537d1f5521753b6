using Collaboration.Journal;

namespace Collaboration.JointProjects.Agreements;

[GenerateSerializer]
public sealed class JointProjectState : IJournaled, IVersioned
{
    [Id(0)]
    public Dictionary<string, ParticipantAnswer> Invitations { get; set; } = [];

    [Id(1)]
    public CostKey? DraftKey { get; set; }

    [Id(2)]
    public List<CostAgreement> Agreements { get; set; } = [];

    [Id(3)]
    public List<CostLine> Budget { get; set; } = [];

    [Id(4)]
    public List<CostLine> ActualCosts { get; set; } = [];

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(5)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(6)]
    public int Version { get; set; }
}
