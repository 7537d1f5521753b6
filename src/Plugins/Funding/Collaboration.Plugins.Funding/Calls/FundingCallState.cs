using Collaboration.Journal;

namespace Collaboration.Funding.Calls;

[GenerateSerializer]
public sealed class FundingCallState : IJournaled, IVersioned
{
    [Id(0)]
    public CallDetails? Details { get; set; }

    /// <summary>Set by the deadline reminder (or at activation after it).</summary>
    [Id(1)]
    public bool Closed { get; set; }

    [Id(2)]
    public int NextApplication { get; set; } = 1;

    [Id(3)]
    public Dictionary<string, ApplicationRecord> Applications { get; set; } = [];

    /// <summary>Every id handed out, so none is given twice.</summary>
    [Id(4)]
    public HashSet<string> Ids { get; set; } = [];

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(5)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(6)]
    public int Version { get; set; }
}
