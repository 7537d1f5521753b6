using System.Text.RegularExpressions;
using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Portfolio;
using Domain = Collaboration.Portfolio;
using PortfolioDeadline = Collaboration.Portfolio.PortfolioDeadline;
using PortfolioQuery = Collaboration.Api.V1.PortfolioQuery;
using PortfolioTotal = Collaboration.Portfolio.PortfolioTotal;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>Maps the portfolio between the wire and the grain contracts; shape checks happen here.</summary>
public static partial class PortfolioMessages
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static PortfolioFilter ToFilter(this PortfolioQuery r, PortfolioVocabulary words) => new(
        [.. r.Theme.Select((t, i) => Field.Theme(t, $"theme[{i}]")).Distinct()],
        [.. r.Status.Select((s, i) => StatusWord(s, $"status[{i}]")).Distinct()],
        [.. r.Kommunenummer.Select((k, i) => Field.Kommunenummer(k, $"kommunenummer[{i}]")).Distinct()],
        [.. r.Forum.Select((f, i) => Field.ForumId(f, $"forum[{i}]")).Distinct()],
        [.. r.Kind.Select((k, i) => Kind(k, words, $"kind[{i}]")).Distinct()],
        r.HasYear ? Field.Year(r.Year, "year") : null,
        Field.Text(r.Q, "q", 100));

    public static PortfolioSort ToSort(this PortfolioQuery r) => r.HasSort ? Field.Enum<PortfolioSort>(r.Sort, "sort") : PortfolioSort.Title;

    public static bool IsDescending(this PortfolioQuery r) => !r.HasOrder ? false : r.Order switch
    {
        "asc" => false,
        "desc" => true,
        _ => throw CollaborationException.Invalid("order", $"order must be asc or desc, not '{r.Order}'."),
    };

    public static Domain.PortfolioQuery ToQuery(this PortfolioQuery r, PortfolioVocabulary words)
    {
        var offset = r.HasOffset ? r.Offset : 0;
        var limit = r.HasLimit ? r.Limit : DefaultLimit;
        if (offset < 0)
        {
            throw CollaborationException.Invalid("offset", "offset cannot be negative.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            throw CollaborationException.Invalid("limit", $"limit must be 1–{MaxLimit}.");
        }

        return new Domain.PortfolioQuery(r.ToFilter(words), r.ToSort(), r.IsDescending(), offset, limit);
    }

    public static Api.V1.PortfolioView ToMessage(this Domain.PortfolioView view)
    {
        var message = new Api.V1.PortfolioView { Count = view.Count, Total = view.Total.ToMessage(), Complete = view.Complete };
        message.Entries.AddRange(view.Rows.Select(ToMessage));
        message.ByTheme.AddRange(view.ByTheme.Select(ToMessage));
        message.ByStatus.AddRange(view.ByStatus.Select(ToMessage));
        message.ByMunicipality.AddRange(view.ByMunicipality.Select(ToMessage));
        return message;
    }

    public static Api.V1.PortfolioEntry ToMessage(this PortfolioRow row)
    {
        var message = new Api.V1.PortfolioEntry
        {
            Key = row.Key,
            Kind = row.Kind,
            Id = row.Key[(row.Key.IndexOf('/', StringComparison.Ordinal) + 1)..],
            Title = row.Title,
            Status = row.Status,
            Budget = Wire.Amount(row.Budget),
            Requested = Wire.Amount(row.Requested),
            Granted = Wire.Amount(row.Granted),
        };
        message.Themes.AddRange(row.Themes);
        if (row.OwnerForumId is { } owner) message.OwnerForumId = owner;
        if (row.FromYear is { } from) message.FromYear = from;
        if (row.ToYear is { } to) message.ToYear = to;
        if (row.NextDeadline is { } next) message.NextDeadline = next.ToMessage();
        if (row.LastDecision is { } decision) message.LastDecision = decision.ToString();
        message.Participants.AddRange(row.Participants.Select(p => new Api.V1.PortfolioParticipant
        {
            Kommunenummer = p.MunicipalityId,
            Role = Field.Lower(p.Role),
            Requested = Wire.Amount(p.Requested),
            Granted = Wire.Amount(p.Granted),
        }));
        return message;
    }

    public static Api.V1.PortfolioDeadline ToMessage(this PortfolioDeadline deadline)
    {
        var message = new Api.V1.PortfolioDeadline { Kind = deadline.Kind, Due = Wire.OsloInstant(deadline.Due), Title = deadline.Title };
        if (deadline.ItemKey is { } key) message.EntryKey = key;
        if (deadline.MunicipalityId is { } municipality) message.Kommunenummer = municipality;
        if (deadline.ForumId is { } forum) message.ForumId = forum;
        if (deadline.Reference is { } reference) message.Reference = reference;
        return message;
    }

    public static ParticipationMatrix ToMessage(this PortfolioMatrix matrix)
    {
        var message = new ParticipationMatrix();
        message.Municipalities.AddRange(matrix.Municipalities);
        message.Rows.AddRange(matrix.Rows.Select(row =>
        {
            var cells = new ParticipationRow { Key = row.Key, Title = row.Title, Kind = row.Kind };
            cells.Roles.AddRange(matrix.Municipalities.Select(m => row.Roles.TryGetValue(m, out var role) ? Field.Lower(role) : ""));
            return cells;
        }));
        return message;
    }

    public static PortfolioEntryDetails ToMessage(this PortfolioDetails details)
    {
        var message = new PortfolioEntryDetails { Entry = details.Row.ToMessage() };
        message.Decisions.AddRange(details.Decisions.Select(d =>
        {
            var decision = new Api.V1.PortfolioDecision { CaseNumber = d.Case.ToString(), ForumId = d.ForumId, Title = d.Title, Date = Wire.Date(d.Date) };
            decision.Points.AddRange(d.Points);
            return decision;
        }));
        message.Deadlines.AddRange(details.Deadlines.Select(ToMessage));
        return message;
    }

    /// <summary>The entry's key ("project/{slug}") from the route's kind and id.</summary>
    public static string ToKey(this GetEntryRequest r, PortfolioVocabulary words) =>
        PortfolioKey.Of(Kind(r.Kind, words, "kind"), Field.Slug(r.Id));

    public static Api.V1.PortfolioVocabulary ToMessage(this PortfolioVocabulary words)
    {
        var message = new Api.V1.PortfolioVocabulary();
        message.Kinds.AddRange(ToMessages(words.Kinds));
        message.Statuses.AddRange(ToMessages(words.Statuses));
        message.Roles.AddRange(ToMessages(words.Roles));
        message.DeadlineKinds.AddRange(ToMessages(words.DeadlineKinds));
        return message;
    }

    private static IEnumerable<PortfolioWord> ToMessages(IReadOnlyDictionary<string, string> words) =>
        words.Select(w => new PortfolioWord { Value = w.Key, Label = w.Value });

    // Kinds belong to the areas that report them (the core's and each enabled plugin's).
    private static string Kind(string? value, PortfolioVocabulary words, string field) =>
        value is not null && words.Kinds.ContainsKey(value)
            ? value
            : throw CollaborationException.Invalid(field, $"{field} must be one of {string.Join(", ", words.Kinds.Keys)}; not '{value}'.");

    private static Api.V1.PortfolioTotal ToMessage(this PortfolioTotal total) => new()
    {
        Key = total.Key,
        Count = total.Count,
        Budget = Wire.Amount(total.Budget),
        Requested = Wire.Amount(total.Requested),
        Granted = Wire.Amount(total.Granted),
    };

    // Status words belong to the kinds of entry (a plugin's among them), so only their shape is checked here.
    private static string StatusWord(string? value, string field) =>
        value is not null && StatusPattern().IsMatch(value)
            ? value
            : throw CollaborationException.Invalid(field, $"{field} must be a status word such as 'active', not '{value}'.");

    [GeneratedRegex("^[a-z]{1,40}$")]
    private static partial Regex StatusPattern();
}
