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

    /// <summary>Its references as found when recorded, in the order of Content.References; empty for records from before links.</summary>
    [Id(5)]
    public List<CaseLink> Links { get; set; } = [];

    /// <summary>The cases that refer to it, recorded by the forums they belong to.</summary>
    [Id(6)]
    public List<CaseLink> ReferredBy { get; set; } = [];

    /// <summary>Every forum it has referred into, also those it no longer does, so a removed reference's backlink is removed there too.</summary>
    [Id(7)]
    public List<string> ReferredForums { get; set; } = [];

    /// <summary>The day it was registered, for a case not yet on a meeting (its date until it is).</summary>
    [Id(8)]
    public DateOnly? RegisteredOn { get; set; }
}
