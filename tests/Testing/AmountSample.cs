using System.Globalization;

namespace Collaboration.Testing;

/// <summary>
/// An amount as a client may send it (no, one or two decimals) and as every answer must give it
/// back (two decimals): the edge cases, and seeded random ones for round-trip properties.
/// </summary>
/// <param name="Sent">What the client writes, e.g. "1234.5".</param>
/// <param name="Answer">What the API must write back, e.g. "1234.50".</param>
public sealed record AmountSample(string Sent, string Answer)
{
    /// <summary>The amount itself.</summary>
    public decimal Value => decimal.Parse(Answer, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Zero, one øre, the parts of the sum binary floating point gets wrong (0.1 + 0.2), and the largest amounts.</summary>
    public static IReadOnlyList<AmountSample> EdgeCases { get; } =
    [
        new("0", "0.00"), new("0.01", "0.01"), new("0.1", "0.10"), new("0.2", "0.20"), new("0.30", "0.30"),
        new("150000", "150000.00"), new("1234.5", "1234.50"), new("123456.78", "123456.78"),
        new("99999999999.99", "99999999999.99"), new("9999999999999.99", "9999999999999.99"),
    ];

    /// <summary><paramref name="count"/> amounts of 1 to 11 digits before the point, the same for the same seed.</summary>
    public static IReadOnlyList<AmountSample> Random(int count, int seed = 2026)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var kroner = random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 12)));
            var ore = random.Next(0, 100);
            var answer = string.Create(CultureInfo.InvariantCulture, $"{kroner}.{ore:D2}");
            // Clients may leave out trailing zeros; some do, some do not.
            var sent = random.Next(2) == 0 ? answer
                : ore == 0 ? answer[..^3]
                : ore % 10 == 0 ? answer[..^1]
                : answer;
            return new AmountSample(sent, answer);
        })];
    }
}
