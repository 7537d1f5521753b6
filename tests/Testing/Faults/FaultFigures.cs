using System.Globalization;
using System.Net;

namespace Collaboration.Testing.Faults;

/// <summary>
/// The outcome of one fault: what the clients heard, what reads back, what the scenario itself
/// measured (e.g. how long until every project was served again), and every broken promise.
/// </summary>
public sealed record FaultFigures(string Scenario, Answers Answers, ReadBack ReadBack, string Measured, IReadOnlyList<string> Broken)
{
    /// <summary>Every broken promise: the scenario's own, lost writes, journal mismatches, 5xx other than 503, bad 503s.</summary>
    public IReadOnlyList<string> Failures =>
    [
        .. Broken,
        .. ReadBack.Lost.Take(10).Select(lost => $"lost: {lost}"),
        .. ReadBack.JournalMismatches.Take(10).Select(mismatch => $"journal: {mismatch}"),
        .. Answers.ServerErrors > 0 ? [$"{Answers.ServerErrors} answers were 5xx other than 503 ({Answers})"] : Array.Empty<string>(),
        .. Answers.BadRefusals > 0 ? [$"{Answers.BadRefusals} answers were 503 without problem+json or Retry-After"] : Array.Empty<string>(),
    ];

    /// <summary>One plain paragraph of figures.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        {Scenario}
          acknowledged {ReadBack.Acknowledged}, read back {ReadBack.Read}, lost {ReadBack.Lost.Count}, journal mismatches {ReadBack.JournalMismatches.Count}
          answers {Answers.Total}: 503 {Answers[HttpStatusCode.ServiceUnavailable]}, other 5xx {Answers.ServerErrors}, no answer {Answers.None}; max latency {Answers.Slowest.TotalSeconds:0.00} s
          {Measured}
          {(Failures.Count == 0 ? "OK" : "FAILED: " + string.Join("; ", Failures))}
        """);
}
