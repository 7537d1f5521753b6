namespace Collaboration.Architecture.Tests;

/// <summary>Fails with every breach of a rule listed, so one run shows all that needs fixing.</summary>
internal static class Violations
{
    public static void AssertNone(string rule, IEnumerable<string> violations)
    {
        var found = violations.ToList();
        if (found.Count > 0)
        {
            Assert.Fail($"{rule}{Environment.NewLine}  {string.Join($"{Environment.NewLine}  ", found)}");
        }
    }
}
