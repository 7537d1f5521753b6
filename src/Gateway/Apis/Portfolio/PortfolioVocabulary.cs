using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>
/// The portfolio's words from every area that registered <see cref="PortfolioWords"/> (the core
/// and each enabled plugin), merged. A word nobody labels is shown as it is.
/// </summary>
public sealed class PortfolioVocabulary(IEnumerable<PortfolioWords> areas)
{
    private readonly PortfolioWords[] _areas = [.. areas];

    public IReadOnlyDictionary<string, string> Kinds => Merge(a => a.Kinds);

    public IReadOnlyDictionary<string, string> Statuses => Merge(a => a.Statuses);

    public IReadOnlyDictionary<string, string> Roles => Merge(a => a.Roles);

    public IReadOnlyDictionary<string, string> DeadlineKinds => Merge(a => a.DeadlineKinds);

    public string Kind(string word) => Kinds.GetValueOrDefault(word, word);

    public string Status(string word) => Statuses.GetValueOrDefault(word, word);

    public string Role(string word) => Roles.GetValueOrDefault(word, word);

    // Areas register once at start-up and are few, so merging on each read keeps this class simple.
    private Dictionary<string, string> Merge(Func<PortfolioWords, IReadOnlyDictionary<string, string>> group)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, label) in _areas.SelectMany(group))
        {
            merged.TryAdd(word, label);
        }

        return merged;
    }
}
