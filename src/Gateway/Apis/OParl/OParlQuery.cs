using System.Globalization;
using Collaboration.Api;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// A list request's filters and page, checked at the edge. With <c>modified_since</c> deleted
/// objects are listed too (OParl 1.1, 2-08); without it they are not.
/// </summary>
public sealed record OParlQuery(
    int Limit,
    int Page,
    DateTimeOffset? CreatedSince,
    DateTimeOffset? CreatedUntil,
    DateTimeOffset? ModifiedSince,
    DateTimeOffset? ModifiedUntil)
{
    public static OParlQuery Of(ListOParlObjectsRequest request) => new(
        Field.PageSize(request.HasLimit ? request.Limit : null, "limit"),
        request.HasPage ? Field.Positive(request.Page, "page") : 1,
        Since(request.HasCreatedSince ? request.CreatedSince : null, "created_since"),
        Until(request.HasCreatedUntil ? request.CreatedUntil : null, "created_until"),
        Since(request.HasModifiedSince ? request.ModifiedSince : null, "modified_since"),
        Until(request.HasModifiedUntil ? request.ModifiedUntil : null, "modified_until"));

    /// <summary>Whether an object passes the filters. One the journal has not shown yet counts as just made.</summary>
    public bool Keeps(OParlEntry entry, DateTimeOffset now)
    {
        var created = entry.Stamp?.Created ?? now;
        var modified = entry.Stamp?.Modified ?? now;
        return (!entry.Deleted || ModifiedSince is not null)
            && (CreatedSince is null || created >= CreatedSince)
            && (CreatedUntil is null || created <= CreatedUntil)
            && (ModifiedSince is null || modified >= ModifiedSince)
            && (ModifiedUntil is null || modified <= ModifiedUntil);
    }

    /// <summary>The filters as query parameters, for the page links.</summary>
    public IEnumerable<KeyValuePair<string, string>> Filters()
    {
        (string Name, DateTimeOffset? Value)[] filters =
        [
            ("created_since", CreatedSince), ("created_until", CreatedUntil), ("modified_since", ModifiedSince), ("modified_until", ModifiedUntil),
        ];
        return filters.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Name, Wire.OsloInstant(f.Value!.Value)))
            .Append(KeyValuePair.Create("limit", Limit.ToString(CultureInfo.InvariantCulture)));
    }

    private static DateTimeOffset? Since(string? value, string field) => string.IsNullOrEmpty(value) ? null : Field.Start(value, field);

    // A date alone means up to the end of that day.
    private static DateTimeOffset? Until(string? value, string field) => string.IsNullOrEmpty(value) ? null : Field.Deadline(value, field);
}
