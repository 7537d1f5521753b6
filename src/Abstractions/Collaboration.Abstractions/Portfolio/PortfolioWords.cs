namespace Collaboration.Portfolio;

/// <summary>
/// The words one area brings to the portfolio, in bokmål, each keyed by its wire word: the kinds
/// of entry it reports, its status words, the roles it gives municipalities and its kinds of
/// deadline. The core and each enabled plugin's API register theirs as a service; the gateway
/// serves them together at /api/portfolio/vocabulary, and the exports and the page say them from
/// there, so the core never spells a plugin's words.
/// </summary>
public sealed record PortfolioWords
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>Kinds of entry ("project" → "Prosjekt").</summary>
    public IReadOnlyDictionary<string, string> Kinds { get; init; } = None;

    /// <summary>Status words ("active" → "Aktiv").</summary>
    public IReadOnlyDictionary<string, string> Statuses { get; init; } = None;

    /// <summary>Roles of a municipality in an entry ("lead" → "leder").</summary>
    public IReadOnlyDictionary<string, string> Roles { get; init; } = None;

    /// <summary>Kinds of deadline ("followupdue" → "Oppfølging forfaller").</summary>
    public IReadOnlyDictionary<string, string> DeadlineKinds { get; init; } = None;

    /// <summary>The stage each status word stands for ("active" → implementation), for exports in other systems' terms.</summary>
    public IReadOnlyDictionary<string, PortfolioStage> Stages { get; init; } = new Dictionary<string, PortfolioStage>();
}
