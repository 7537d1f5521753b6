using Collaboration.Journal;

namespace Collaboration.Funding.Applications;

[GenerateSerializer]
public sealed class FundingApplicationState : IJournaled, IVersioned
{
    [Id(0)]
    public string? CallId { get; set; }

    [Id(1)]
    public string Title { get; set; } = "";

    [Id(2)]
    public Applicant? Lead { get; set; }

    [Id(3)]
    public ApplicationStatus Status { get; set; }

    [Id(4)]
    public List<Partner> Partners { get; set; } = [];

    [Id(5)]
    public List<BudgetLine> Budget { get; set; } = [];

    /// <summary>Grows with every change: the application's ETag.</summary>
    [Id(6)]
    public int Version { get; set; }

    [Id(7)]
    public decimal? GrantedAmount { get; set; }

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(8)]
    public JournalChange? Change { get; set; }

    /// <summary>What was submitted, as it was then; set once, at submission.</summary>
    [Id(9)]
    public Submission? Submission { get; set; }

    /// <summary>The receipt of each answer a peer delivered for its municipality, by message id, so a message delivered again is answered alike.</summary>
    [Id(10)]
    public Dictionary<string, Federation.PeerReceipt> RemoteAnswers { get; set; } = new(StringComparer.Ordinal);
}
