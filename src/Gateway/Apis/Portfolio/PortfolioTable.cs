using Collaboration.Api;
using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The overview as a table of Norwegian columns, shared by the CSV and the XLSX export so the
/// two files always say the same. A cell is text, or a number when <see cref="IsAmount"/> says so.
/// Kinds, statuses and roles are said in the words of the area that owns them. With a
/// municipality filter, each named municipality's own part in the entry follows in four columns;
/// when the rows cover other regions than ours, the last column says each row's region.
/// </summary>
public sealed class PortfolioTable(
    IReadOnlyList<PortfolioRow> rows, IReadOnlyList<string> shareholders, IReadOnlyDictionary<string, string> names,
    PortfolioVocabulary words, DateTimeOffset now, string? ownRegion = null, bool regions = false)
{
    private static readonly string[] Columns =
        ["Nøkkel", "Type", "Tittel", "Status", "Tema", "Eier", "Fra år", "Til år", "Deltar", "Kommuner", "Budsjett", "Søkt", "Innvilget", "Neste frist", "Siste vedtak"];

    private static readonly string[] ShareColumns = ["søkt", "egenandel", "innvilget", "budsjettandel"];

    /// <summary>The column names: the entry's, then four per municipality of the filter ("Skaun: søkt"), then the region when asked.</summary>
    public IReadOnlyList<string> Header { get; } =
        [.. Columns, .. shareholders.SelectMany(id => ShareColumns.Select(c => $"{names.GetValueOrDefault(id) ?? id}: {c}")), .. regions ? ["Region"] : Array.Empty<string>()];

    /// <summary>The columns that hold amounts of NOK.</summary>
    public bool IsAmount(int column) => column is 10 or 11 or 12 || (column >= Columns.Length && column < Columns.Length + (ShareColumns.Length * shareholders.Count));

    /// <summary>The columns that hold whole numbers.</summary>
    public static bool IsCount(int column) => column is 6 or 7 or 8;

    public DateTimeOffset Made => now;

    public IEnumerable<object?[]> Rows => rows.Select(Cells);

    private object?[] Cells(PortfolioRow row) =>
    [
        row.Key,
        words.Kind(row.Kind),
        row.Title,
        words.Status(row.Status),
        string.Join(", ", row.Themes),
        row.OwnerForumId,
        row.FromYear,
        row.ToYear,
        row.Participants.Count(p => p.TakesPart),
        string.Join(", ", row.Participants.Select(Participant)),
        row.Budget,
        row.Requested,
        row.Granted,
        row.NextDeadline is { } next ? $"{Wire.OsloDate(next.Due)} {next.Title}" : null,
        row.LastDecision?.ToString(),
        .. shareholders.SelectMany(id => ShareCells(row.Shares.FirstOrDefault(s => s.MunicipalityId == id))),
        .. regions ? [row.Region ?? ownRegion] : Array.Empty<object?>(),
    ];

    // Empty cells where the municipality is not in the entry, so a sum over the column is its own part.
    private static object?[] ShareCells(PortfolioShare? share) =>
        share is null ? [null, null, null, null] : [share.Requested, share.OwnContribution, share.Granted, share.BudgetShare];

    private string Participant(PortfolioParticipant participant)
    {
        var name = names.GetValueOrDefault(participant.MunicipalityId) ?? participant.MunicipalityId;
        return participant.Role == PortfolioRole.Participant ? name : $"{name} ({words.Role(Field.Lower(participant.Role))})";
    }
}
