namespace Collaboration.Forums;

[GenerateSerializer]
public sealed class AgendaItemRecord
{
    /// <summary>Null for the standing follow-up item.</summary>
    [Id(0)]
    public CaseNumber? Number { get; set; }

    [Id(1)]
    public required AgendaItemDraft Content { get; set; }

    [Id(2)]
    public List<int> FollowUpIds { get; set; } = [];

    [Id(3)]
    public bool Standing { get; set; }

    /// <summary>The forum's version at the last change to this record itself.</summary>
    [Id(4)]
    public int Version { get; set; }
}
