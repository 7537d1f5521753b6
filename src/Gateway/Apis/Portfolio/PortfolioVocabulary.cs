using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The portfolio's words from every area that registered <see cref="PortfolioWords"/> (the core
/// and each enabled plugin), merged once at start-up. A word nobody labels is shown as it is.
/// </summary>
public sealed class PortfolioVocabulary
{
    public PortfolioVocabulary(IEnumerable<PortfolioWords> areas)
    {
        PortfolioWords[] all = [.. areas];
        Kinds = Merge(all, a => a.Kinds);
        Statuses = Merge(all, a => a.Statuses);
        Roles = Merge(all, a => a.Roles);
        DeadlineKinds = Merge(all, a => a.DeadlineKinds);
        Stages = Merge(all, a => a.Stages);
    }

    public IReadOnlyDictionary<string, string> Kinds { get; }

    public IReadOnlyDictionary<string, string> Statuses { get; }

    public IReadOnlyDictionary<string, string> Roles { get; }

    public IReadOnlyDictionary<string, string> DeadlineKinds { get; }

    public IReadOnlyDictionary<string, PortfolioStage> Stages { get; }

    public string Kind(string word) => Kinds.GetValueOrDefault(word, word);

    public string Status(string word) => Statuses.GetValueOrDefault(word, word);

    public string Role(string word) => Roles.GetValueOrDefault(word, word);

    private static Dictionary<string, T> Merge<T>(IEnumerable<PortfolioWords> areas, Func<PortfolioWords, IReadOnlyDictionary<string, T>> group)
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, label) in areas.SelectMany(group))
        {
            merged.TryAdd(word, label);
        }

        return merged;
    }
}
