using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Portfolio;
using Domain = Collaboration.Portfolio;
using Names = System.Collections.Generic.IReadOnlyDictionary<string, string>;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The portfolio's answers on the wire. Every municipality an answer lists carries its name, read
/// from the registers when answering (the grain holds only kommunenummer), so a renamed body shows
/// its new name everywhere; <see cref="MunicipalitiesIn(Domain.PortfolioView)"/> and its siblings say which to read.
/// </summary>
public static partial class PortfolioMessages
{
    /// <summary>Every body a view names: the page's participants and shares, the totals per municipality.</summary>
    public static IEnumerable<string> MunicipalitiesIn(Domain.PortfolioView view) =>
        view.Rows.SelectMany(MunicipalitiesIn).Concat(view.Shares.Select(s => s.MunicipalityId)).Concat(view.ByMunicipality.Select(t => t.Key));

    /// <summary>Every body an entry names.</summary>
    public static IEnumerable<string> MunicipalitiesIn(PortfolioRow row) => row.Participants.Select(p => p.MunicipalityId);

    /// <summary>The municipalities deadlines wait for.</summary>
    public static IEnumerable<string> MunicipalitiesIn(IEnumerable<Domain.PortfolioDeadline> deadlines) =>
        deadlines.Select(d => d.MunicipalityId).OfType<string>();

    public static Api.V1.PortfolioView ToMessage(this Domain.PortfolioView view, Names names)
    {
        var message = new Api.V1.PortfolioView { Count = view.Count, Total = view.Total.ToMessage(null), Complete = view.Complete };
        message.Entries.AddRange(view.Rows.Select(r => r.ToMessage(names)));
        message.ByTheme.AddRange(view.ByTheme.Select(t => t.ToMessage(null)));
        message.ByStatus.AddRange(view.ByStatus.Select(t => t.ToMessage(null)));
        message.ByMunicipality.AddRange(view.ByMunicipality.Select(t => t.ToMessage(names.GetValueOrDefault(t.Key))));
        message.Shares.AddRange(view.Shares.Select(s => s.ToMessage(names)));
        return message;
    }

    public static Api.V1.PortfolioEntry ToMessage(this PortfolioRow row, Names names)
    {
        var message = new Api.V1.PortfolioEntry
        {
            Key = row.Key,
            Kind = row.Kind,
            Id = row.Key[(row.Key.LastIndexOf('/') + 1)..], // a peer's copy is keyed "{peer}/{kind}/{id}"
            Title = row.Title,
            Status = row.Status,
            Budget = Wire.Amount(row.Budget),
            Requested = Wire.Amount(row.Requested),
            Granted = Wire.Amount(row.Granted),
        };
        message.Themes.AddRange(row.Themes);
        if (row.OwnerForumId is { } owner) message.OwnerForumId = owner;
        if (row.Region is { } region) message.Region = region;
        if (row.FromYear is { } from) message.FromYear = from;
        if (row.ToYear is { } to) message.ToYear = to;
        if (row.NextDeadline is { } next) message.NextDeadline = next.ToMessage(names);
        if (row.LastDecision is { } decision) message.LastDecision = decision.ToString();
        message.Participants.AddRange(row.Participants.Select(p =>
        {
            var participant = new Api.V1.PortfolioParticipant
            {
                Kommunenummer = p.MunicipalityId,
                Role = Field.Lower(p.Role),
                Requested = Wire.Amount(p.Requested),
                Granted = Wire.Amount(p.Granted),
                OwnContribution = Wire.Amount(p.OwnContribution),
                BudgetShare = Wire.Amount(p.BudgetShare),
            };
            if (names.GetValueOrDefault(p.MunicipalityId) is { } name) participant.Name = name;
            if (p.Region is { } region) participant.Region = region;
            if (p.Invitation is { } invitation) participant.Invitation = invitation;
            return participant;
        }));
        message.Shares.AddRange(row.Shares.Select(s => s.ToMessage(names)));
        return message;
    }

    public static Api.V1.PortfolioDeadline ToMessage(this Domain.PortfolioDeadline deadline, Names names)
    {
        var message = new Api.V1.PortfolioDeadline { Kind = deadline.Kind, Due = Wire.OsloInstant(deadline.Due), Title = deadline.Title };
        if (deadline.ItemKey is { } key) message.EntryKey = key;
        if (deadline.MunicipalityId is { } municipality)
        {
            message.Kommunenummer = municipality;
            if (names.GetValueOrDefault(municipality) is { } name) message.MunicipalityName = name;
        }

        if (deadline.ForumId is { } forum) message.ForumId = forum;
        if (deadline.Reference is { } reference) message.Reference = reference;
        return message;
    }

    public static ParticipationMatrix ToMessage(this PortfolioMatrix matrix, Names names)
    {
        var message = new ParticipationMatrix();
        message.Municipalities.AddRange(matrix.Municipalities);
        message.Rows.AddRange(matrix.Rows.Select(row =>
        {
            var cells = new ParticipationRow { Key = row.Key, Title = row.Title, Kind = row.Kind };
            cells.Roles.AddRange(matrix.Municipalities.Select(m => row.Roles.TryGetValue(m, out var role) ? Field.Lower(role) : ""));
            return cells;
        }));
        message.Names.Add(matrix.Municipalities.Where(names.ContainsKey).ToDictionary(m => m, m => names[m], StringComparer.Ordinal));
        return message;
    }

    public static PortfolioEntryDetails ToMessage(this PortfolioDetails details, Names names)
    {
        var message = new PortfolioEntryDetails { Entry = details.Row.ToMessage(names) };
        message.Decisions.AddRange(details.Decisions.Select(d =>
        {
            var decision = new Api.V1.PortfolioDecision { CaseNumber = d.Case.ToString(), ForumId = d.ForumId, Title = d.Title, Date = Wire.Date(d.Date) };
            decision.Points.AddRange(d.Points);
            return decision;
        }));
        message.Deadlines.AddRange(details.Deadlines.Select(d => d.ToMessage(names)));
        return message;
    }

    private static Api.V1.PortfolioShare ToMessage(this Domain.PortfolioShare share, Names names)
    {
        var message = new Api.V1.PortfolioShare
        {
            Kommunenummer = share.MunicipalityId,
            Count = share.Count,
            Requested = Wire.Amount(share.Requested),
            OwnContribution = Wire.Amount(share.OwnContribution),
            Granted = Wire.Amount(share.Granted),
            BudgetShare = Wire.Amount(share.BudgetShare),
        };
        if (names.GetValueOrDefault(share.MunicipalityId) is { } name) message.Name = name;
        return message;
    }

    private static Api.V1.PortfolioTotal ToMessage(this Domain.PortfolioTotal total, string? name)
    {
        var message = new Api.V1.PortfolioTotal
        {
            Key = total.Key,
            Count = total.Count,
            Budget = Wire.Amount(total.Budget),
            Requested = Wire.Amount(total.Requested),
            Granted = Wire.Amount(total.Granted),
        };
        if (name is not null) message.Name = name;
        return message;
    }
}
