namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// Portfolio status words as IATI activity status codes: 1 pipeline/identification,
/// 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.
/// </summary>
public static class IatiStatus
{
    /// <summary>
    /// The status words the portfolio's areas report today (wire words, as the vocabulary lists
    /// them). An application is in the pipeline until it is granted, and then carried out.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Known { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["idea"] = 1,
        ["planned"] = 1,
        ["active"] = 2,
        ["completed"] = 4,
        ["cancelled"] = 5,
        ["draft"] = 1,
        ["submitted"] = 1,
        ["granted"] = 2,
        ["rejected"] = 5,
        ["withdrawn"] = 5,
    };

    /// <summary>The code of <paramref name="word"/>: configured first, then known; a word nobody maps is still in the pipeline.</summary>
    public static int Of(string word, IReadOnlyDictionary<string, int> configured) =>
        configured.TryGetValue(word, out var code) || Known.TryGetValue(word, out code) ? code : 1;
}
