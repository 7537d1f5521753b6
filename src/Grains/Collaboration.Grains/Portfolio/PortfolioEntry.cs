using System.Globalization;
using Collaboration.Forums;

namespace Collaboration.Portfolio;

/// <summary>One entry as merged from its sources, with what queries sort and search by.</summary>
public sealed class PortfolioEntry
{
    private static readonly CompareInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO").CompareInfo;

    private PortfolioEntry(PortfolioItem item, string kind, IReadOnlyList<PortfolioParticipant> participants, decimal budget,
        IReadOnlyList<PortfolioDecision> decisions, IReadOnlyList<PortfolioDeadline> deadlines, CaseNumber? lastDecision)
    {
        Item = item;
        Kind = kind;
        Participants = participants;
        Budget = budget;
        Decisions = decisions;
        Deadlines = deadlines;
        LastDecision = lastDecision;
        TitleKey = Norwegian.GetSortKey(item.Title, CompareOptions.IgnoreCase);
        SearchText = $"{item.Title} {item.Key}".ToLowerInvariant();
        TakingPartList = [.. participants.Where(p => p.TakesPart)];
        TakingPart = TakingPartList.Count;
    }

    public PortfolioItem Item { get; }

    public string Key => Item.Key;

    public string Kind { get; }

    public IReadOnlyList<PortfolioParticipant> Participants { get; }

    public decimal Budget { get; }

    public IReadOnlyList<PortfolioDecision> Decisions { get; }

    public IReadOnlyList<PortfolioDeadline> Deadlines { get; }

    public CaseNumber? LastDecision { get; }

    public SortKey TitleKey { get; }

    public string SearchText { get; }

    public int TakingPart { get; }

    /// <summary>The participants that lead or take part, whose amounts the totals per municipality sum.</summary>
    public IReadOnlyList<PortfolioParticipant> TakingPartList { get; }

    /// <summary>
    /// The owner's report wins; a supplement turns a project into a joint project, adds the
    /// municipalities the owner does not list, and gives a budget when the owner has none.
    /// </summary>
    public static PortfolioEntry Merge(PortfolioItem item, IReadOnlyList<PortfolioSupplement> supplements,
        IReadOnlyList<PortfolioDecision> decisions, IReadOnlyList<PortfolioDeadline> deadlines)
    {
        var participants = item.Participants.ToDictionary(p => p.MunicipalityId, StringComparer.Ordinal);
        foreach (var participant in supplements.SelectMany(s => s.Participants))
        {
            participants[participant.MunicipalityId] = participants.TryGetValue(participant.MunicipalityId, out var owned)
                ? Fill(owned, participant)
                : participant;
        }

        var kind = supplements.Count > 0 ? supplements[0].Kind : item.Kind;
        var budget = item.Budget > 0 ? item.Budget : supplements.Sum(s => s.Budget);
        var last = item.Decisions
            .Concat(supplements.SelectMany(s => s.Decisions))
            .Concat(decisions.Select(d => d.Case))
            .OrderBy(c => c.Year).ThenBy(c => c.Sequence)
            .LastOrDefault();
        return new PortfolioEntry(item, kind, [.. participants.Values.OrderBy(p => p.MunicipalityId, StringComparer.Ordinal)],
            budget, decisions, deadlines, last);
    }

    /// <summary>The owner's record of a municipality, with the supplement's amounts where the owner reports none (a joint project's budget share for a project participant).</summary>
    private static PortfolioParticipant Fill(PortfolioParticipant owned, PortfolioParticipant supplement) => owned with
    {
        Requested = owned.Requested != 0 ? owned.Requested : supplement.Requested,
        Granted = owned.Granted != 0 ? owned.Granted : supplement.Granted,
        OwnContribution = owned.OwnContribution != 0 ? owned.OwnContribution : supplement.OwnContribution,
        BudgetShare = owned.BudgetShare != 0 ? owned.BudgetShare : supplement.BudgetShare,
    };

    /// <summary>The first deadline at or after <paramref name="now"/>.</summary>
    public PortfolioDeadline? NextDeadline(DateTimeOffset now)
    {
        foreach (var deadline in Deadlines)
        {
            if (deadline.Due >= now)
            {
                return deadline;
            }
        }

        return null;
    }

    /// <summary>The entry as a row, with the own parts of the <paramref name="municipalities"/> in it.</summary>
    public PortfolioRow ToRow(DateTimeOffset now, IReadOnlyList<string> municipalities) => new(Key, Kind, Item.Title, Item.Status, Item.Themes,
        Item.OwnerForumId, Item.FromYear, Item.ToYear, Participants, Budget, Item.Requested, Item.Granted, NextDeadline(now), LastDecision)
    {
        Shares = Shares(municipalities),
        Region = Item.Region,
    };

    /// <summary>The own part of each of <paramref name="municipalities"/> that is in the entry (not declined or left), in the order given.</summary>
    public IReadOnlyList<PortfolioShare> Shares(IReadOnlyList<string> municipalities) =>
        [.. municipalities
            .Select(id => Participants.FirstOrDefault(p => p.MunicipalityId == id && p.Role is not (PortfolioRole.Declined or PortfolioRole.Left)))
            .OfType<PortfolioParticipant>()
            .Select(PortfolioShare.Of)];
}
