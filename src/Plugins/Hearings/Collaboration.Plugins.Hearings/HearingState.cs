using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Hearings;

[GenerateSerializer]
public sealed class HearingState : IJournaled, IVersioned
{
    /// <summary>Set when sent; null for a hearing never sent.</summary>
    [Id(0)]
    public string? ForumId { get; set; }

    [Id(1)]
    public int Year { get; set; }

    [Id(2)]
    public int Sequence { get; set; }

    [Id(3)]
    public CaseNumber? CaseNumber { get; set; }

    [Id(4)]
    public string Title { get; set; } = "";

    [Id(5)]
    public HearingKind Kind { get; set; }

    [Id(6)]
    public DateOnly Sent { get; set; }

    [Id(7)]
    public DateTimeOffset Deadline { get; set; }

    [Id(8)]
    public List<HearingDocument> Documents { get; set; } = [];

    [Id(9)]
    public AdoptionRule Rule { get; set; } = AdoptionRule.All;

    /// <summary>The bodies asked, in the order asked.</summary>
    [Id(10)]
    public List<AskedBody> Bodies { get; set; } = [];

    [Id(11)]
    public Conclusion? Conclusion { get; set; }

    /// <summary>Grows with every change: the hearing's ETag.</summary>
    [Id(12)]
    public int Version { get; set; }

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(13)]
    public JournalChange? Change { get; set; }
}
