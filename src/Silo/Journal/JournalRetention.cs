using Collaboration.Journal;
using Microsoft.Extensions.Options;

namespace Collaboration.Silo.Journal;

/// <summary>
/// Removes the changes of bounded kinds once they are older than their bound. Every silo runs it;
/// removing what is already gone changes nothing. Refuses to start when a public kind, or a kind
/// that is not here, is given a bound.
/// </summary>
public sealed partial class JournalRetention(
    IOptions<JournalRetentionOptions> options, ObjectKinds kinds, SqlJournalStore store, TimeProvider clock, ILogger<JournalRetention> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in options.Value.Retention.Keys)
        {
            var kind = kinds.ByKind(name) ?? throw new InvalidOperationException(
                $"Journal:Retention:{name}: there is no kind '{name}' here; kinds are {string.Join(", ", kinds.All.Select(k => k.Kind))}.");
            if (kind.IsPublic)
            {
                throw new InvalidOperationException($"Journal:Retention:{name}: {name} are public records and are kept for good.");
            }
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Retention.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RetentionCheck, clock);
        do
        {
            foreach (var (name, keep) in options.Value.Retention)
            {
                try
                {
                    var removed = await store.RemoveBeforeAsync(kinds.ByKind(name)!.StateName, clock.GetUtcNow() - keep, stoppingToken);
                    LogRemoved(logger, removed, name);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e, name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal retention: {Removed} changes of {Kind} past their time removed.")]
    private static partial void LogRemoved(ILogger logger, int removed, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal retention for {Kind} failed; it is tried again at the next check.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind);
}
