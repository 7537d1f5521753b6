namespace Collaboration.Portfolio;

/// <summary>
/// An amount as a whole number of hundred-millionths of a krone, which adds as an integer (several
/// times faster than decimal, which matters when a query sums 100 000 entries); null for an amount
/// finer than that or too large, which is summed as decimal instead.
/// </summary>
public static class Amount
{
    private const decimal Unit = 100_000_000m;
    private const decimal Largest = 1_000_000_000_000_000m;

    public static Int128? Units(decimal amount) =>
        amount.Scale <= 8 && Math.Abs(amount) < Largest ? (Int128)(amount * Unit) : null;

    public static decimal Of(Int128 units) => (decimal)units / Unit;
}
