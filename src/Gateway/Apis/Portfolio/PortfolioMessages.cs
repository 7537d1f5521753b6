using System.Text.RegularExpressions;
using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Gateway.Federation;
using Collaboration.Portfolio;
using Domain = Collaboration.Portfolio;
using PortfolioQuery = Collaboration.Api.V1.PortfolioQuery;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>Maps the portfolio between the wire and the grain contracts; shape checks happen here.</summary>
public static partial class PortfolioMessages
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static PortfolioFilter ToFilter(this PortfolioQuery r, PortfolioVocabulary words, PeerRegions regions) => new(
        [.. r.Theme.Select((t, i) => Field.Theme(t, $"theme[{i}]")).Distinct()],
        [.. r.Status.Select((s, i) => StatusWord(s, $"status[{i}]")).Distinct()],
        [.. r.Kommunenummer.Select((k, i) => Field.Kommunenummer(k, $"kommunenummer[{i}]")).Distinct()],
        [.. r.Forum.Select((f, i) => Field.ForumId(f, $"forum[{i}]")).Distinct()],
        [.. r.Kind.Select((k, i) => Kind(k, words, $"kind[{i}]")).Distinct()],
        r.HasYear ? Field.Year(r.Year, "year") : null,
        Field.Text(r.Q, "q", 100))
    {
        Regions = regions.Resolve(r.Region),
    };

    public static PortfolioSort ToSort(this PortfolioQuery r) => r.HasSort ? Field.Enum<PortfolioSort>(r.Sort, "sort") : PortfolioSort.Title;

    public static bool IsDescending(this PortfolioQuery r) => !r.HasOrder ? false : r.Order switch
    {
        "asc" => false,
        "desc" => true,
        _ => throw CollaborationException.Invalid("order", $"order must be asc or desc, not '{r.Order}'."),
    };

    public static Domain.PortfolioQuery ToQuery(this PortfolioQuery r, PortfolioVocabulary words, PeerRegions regions)
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

        return new Domain.PortfolioQuery(r.ToFilter(words, regions), r.ToSort(), r.IsDescending(), offset, limit);
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

    // Status words belong to the kinds of entry (a plugin's among them), so only their shape is checked here.
    private static string StatusWord(string? value, string field) =>
        value is not null && StatusPattern().IsMatch(value)
            ? value
            : throw CollaborationException.Invalid(field, $"{field} must be a status word such as 'active', not '{value}'.");

    [GeneratedRegex("^[a-z]{1,40}$")]
    private static partial Regex StatusPattern();
}
