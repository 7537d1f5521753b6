namespace Collaboration.Api;

/// <summary>
/// Which page of a list a request asks for: the objects after the cursor <see cref="After"/> (the
/// id of the last object of the previous page), at most <see cref="Limit"/> of them.
/// </summary>
public sealed record ListPage(string? After, int Limit)
{
    /// <summary>The page asked for by the query parameters <c>after</c> and <c>limit</c> (1–1000, 100 when not given).</summary>
    public static ListPage Of(string? after, int? limit) =>
        new(string.IsNullOrEmpty(after) ? null : after, Field.PageSize(limit, "limit"));
}

/// <summary>A page of a list: its items, and the cursor of the next page (null on the last).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? Next);
