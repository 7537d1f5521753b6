using Collaboration.Api;
using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The overview as a table of Norwegian columns, shared by the CSV and the XLSX export so the
/// two files always say the same. A cell is text, or a number when <see cref="IsAmount"/> says so.
/// Kinds, statuses and roles are said in the words of the area that owns them.
/// </summary>
public sealed class PortfolioTable(
    IReadOnlyList<PortfolioRow> rows, IReadOnlyDictionary<string, string> municipalityNames, PortfolioVocabulary words, DateTimeOffset now)
{
    public static readonly string[] Header =
        ["Nøkkel", "Type", "Tittel", "Status", "Tema", "Eier", "Fra år", "Til år", "Deltar", "Kommuner", "Budsjett", "Søkt", "Innvilget", "Neste frist", "Siste vedtak"];

    /// <summary>The columns that hold amounts of NOK.</summary>
    public static bool IsAmount(int column) => column is 10 or 11 or 12;

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
    ];

    private string Participant(PortfolioParticipant participant)
    {
        var name = municipalityNames.GetValueOrDefault(participant.MunicipalityId) ?? participant.MunicipalityId;
        return participant.Role == PortfolioRole.Participant ? name : $"{name} ({words.Role(Field.Lower(participant.Role))})";
    }
}
