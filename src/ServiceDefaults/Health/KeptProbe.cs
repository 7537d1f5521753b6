using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Collaboration.ServiceDefaults.Health;

/// <summary>
/// A health probe's answer, kept for a moment and made by one probe at a time, so frequent
/// readiness calls cost the probed service one small query every few seconds.
/// </summary>
public sealed class KeptProbe(TimeSpan fresh, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private Answer? _last;

    /// <summary>
    /// The kept answer while it is fresh and <paramref name="holds"/> says so of the time its probe
    /// began (a timestamp of the clock); else a new answer from <paramref name="probe"/>.
    /// </summary>
    public async Task<HealthCheckResult> AnswerAsync(Func<CancellationToken, Task<HealthCheckResult>> probe, Func<long, bool> holds,
        CancellationToken cancellationToken)
    {
        if (Current(holds) is { } kept)
        {
            return kept;
        }

        await _one.WaitAsync(cancellationToken);
        try
        {
            if (Current(holds) is { } meanwhile)
            {
                return meanwhile;
            }

            var started = clock.GetTimestamp();
            var result = await probe(cancellationToken);
            _last = new Answer(started, result);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _one.Dispose();

    private HealthCheckResult? Current(Func<long, bool> holds) =>
        _last is { } last && clock.GetElapsedTime(last.Started) < fresh && holds(last.Started) ? last.Result : null;

    // A reference, so readers outside the lock see a whole answer or none.
    private sealed record Answer(long Started, HealthCheckResult Result);
}
