using Collaboration.Journal;

namespace Collaboration.MembershipFees.Models;

[GenerateSerializer]
public sealed class FeeYearState : IJournaled, IVersioned
{
    [Id(0)]
    public Dictionary<string, FeeModel> Models { get; set; } = [];

    [Id(1)]
    public string? AdoptedName { get; set; }

    /// <summary>The sheet as computed when the model was adopted: invoices and next year's comparison use it, whatever changes later.</summary>
    [Id(2)]
    public FeeSheet? AdoptedSheet { get; set; }

    [Id(3)]
    public List<FeeInvoice> Invoices { get; set; } = [];

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(4)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(5)]
    public int Version { get; set; }
}
