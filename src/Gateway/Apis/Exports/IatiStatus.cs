using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// Portfolio status words as IATI activity status codes: 1 pipeline/identification,
/// 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. Each area says which
/// stage its words stand for (<see cref="PortfolioWords.Stages"/>), so no word is spelled here.
/// </summary>
public static class IatiStatus
{
    /// <summary>The code of <paramref name="word"/>: configured first, then the area's stage; a word with neither is still in the pipeline.</summary>
    public static int Of(string word, IReadOnlyDictionary<string, int> configured, IReadOnlyDictionary<string, PortfolioStage> stages) =>
        configured.TryGetValue(word, out var code) ? code
        : stages.TryGetValue(word, out var stage) ? (int)stage
        : (int)PortfolioStage.Pipeline;
}
