using Collaboration.Journal;

namespace Collaboration.Api;

/// <summary>
/// The list filters <c>modified_since</c> and <c>created_since</c>, answered from the journal:
/// an object is listed when its latest change (or its creation) is at or after the time given.
/// </summary>
public sealed class ChangedSince
{
    private readonly DateTimeOffset? _modified;
    private readonly DateTimeOffset? _created;

    private ChangedSince(DateTimeOffset? modified, DateTimeOffset? created)
    {
        _modified = modified;
        _created = created;
    }

    /// <summary>The filters given (a date is the start of that day in Norway, or an RFC 3339 time); none when both are absent.</summary>
    public static ChangedSince Of(string? modifiedSince, string? createdSince) => new(
        string.IsNullOrEmpty(modifiedSince) ? null : Field.Start(modifiedSince, "modifiedSince"),
        string.IsNullOrEmpty(createdSince) ? null : Field.Start(createdSince, "createdSince"));

    /// <summary>Whether either filter was given.</summary>
    public bool Filters => _modified is not null || _created is not null;

    /// <summary>The ids of <paramref name="ids"/> that pass both filters, in their order.</summary>
    public async Task<IReadOnlyList<string>> FilterAsync(IGrainFactory grains, string stateName, IReadOnlyList<string> ids)
    {
        var journal = grains.GetGrain<IJournalGrain>(0);
        IEnumerable<string> kept = ids;
        if (_modified is { } modified)
        {
            var changed = (await journal.ChangedSinceAsync(stateName, modified, createdOnly: false)).ToHashSet(StringComparer.Ordinal);
            kept = kept.Where(changed.Contains);
        }

        if (_created is { } created)
        {
            var made = (await journal.ChangedSinceAsync(stateName, created, createdOnly: true)).ToHashSet(StringComparer.Ordinal);
            kept = kept.Where(made.Contains);
        }

        return [.. kept];
    }
}
