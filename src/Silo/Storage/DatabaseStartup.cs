using System.Data.Common;
using System.Net.Sockets;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Waits for the database and brings its schema up to date before anything else in the silo
/// starts: retried with backoff and logged while the database is not yet there (a cluster often
/// starts before its database), bounded by <see cref="StorageOptions.StartupTimeout"/>.
/// </summary>
public sealed partial class DatabaseStartup(StorageOptions storage, ILogger<DatabaseStartup> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DatabaseStartup), ServiceLifecycleStage.First, token => PrepareAsync(token));

    /// <summary>
    /// Waits for the database and applies the missing schema steps, returning them; throws
    /// <see cref="DatabaseUnavailableException"/> when it cannot.
    /// </summary>
    public async Task<IReadOnlyList<SchemaMigration>> PrepareAsync(CancellationToken cancellationToken)
    {
        var target = Describe(storage);
        Exception? lastError = null;
        var pipeline = new ResiliencePipelineBuilder()
            .AddTimeout(storage.StartupTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(250),
                MaxDelay = TimeSpan.FromSeconds(5),
                UseJitter = true,
                OnRetry = args =>
                {
                    lastError = args.Outcome.Exception;
                    LogWaiting(logger, target, args.AttemptNumber + 1, args.RetryDelay, lastError?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        try
        {
            var applied = await pipeline.ExecuteAsync(async token => await SchemaMigrator.ApplyAsync(storage, token), cancellationToken);
            foreach (var step in applied)
            {
                LogApplied(logger, target, step.Version, step.Name);
            }

            return applied;
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new DatabaseUnavailableException(
                $"The database {target} did not answer within {storage.StartupTimeout.TotalSeconds:0} s (Storage:StartupTimeout). Last error: {lastError?.Message ?? "none"}",
                lastError ?? timeout);
        }
        catch (DbException error)
        {
            throw new DatabaseUnavailableException($"The database {target} refused the silo: {error.Message}", error);
        }
    }

    /// <summary>Names the database without its credentials, for logs and errors.</summary>
    public static string Describe(StorageOptions storage)
    {
        if (storage.Provider != StorageProvider.Postgres)
        {
            return $"SQLite file {new SqliteConnectionStringBuilder(storage.EffectiveConnectionString).DataSource}";
        }

        var postgres = new NpgsqlConnectionStringBuilder(storage.EffectiveConnectionString);
        return $"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database}";
    }

    // Connection refused, a server still starting, a busy file: worth waiting for. A wrong
    // password or a missing database is not, and fails at once.
    private static bool IsTransient(Exception error) => error switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        SocketException or TimeoutException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for {Database} (attempt {Attempt}, next in {Delay}): {Error}")]
    private static partial void LogWaiting(ILogger logger, string database, int attempt, TimeSpan delay, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Database}: applied schema step {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, string database, int version, string name);
}
