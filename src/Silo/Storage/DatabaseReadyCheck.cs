using System.Data.Common;
using System.Globalization;
using Collaboration.ServiceDefaults.Health;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Ready while the state database takes a write and no request has met an outage of it lately.
/// The probe is a write that changes nothing (so a read-only database fails it, not only a stopped
/// one), bounded by a short timeout; its answer is kept for a moment, so frequent probes cost the
/// database one small write every few seconds. An outage met by a request turns readiness red at
/// once, until a storage operation succeeds again or a while has passed without another.
/// </summary>
public sealed partial class DatabaseReadyCheck(StorageOptions storage, DatabaseOutages outages, TimeProvider clock, ILogger<DatabaseReadyCheck> logger)
    : IHealthCheck, IDisposable
{
    // PostgreSQL writes a new row version even for an unchanged value; SQLite skips an unchanged
    // row but always writes its header, so it rewrites the header's user version as it is.
    private const string PostgresProbe = "UPDATE CollaborationSchema SET Name = Name WHERE Version = (SELECT MIN(Version) FROM CollaborationSchema);";
    private const string SqliteProbe = "PRAGMA user_version;";

    // Long enough for a loaded database to answer, short enough to go red within seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);

    // How long an outage met by a request keeps readiness red without a success since: the
    // Retry-After callers are given, and then some.
    private static readonly TimeSpan Lately = TimeSpan.FromSeconds(10);

    private readonly KeptProbe _kept = new(Fresh, clock);
    private readonly string _target = DatabaseStartup.Describe(storage);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        outages.Recent(Lately)
            ? Task.FromResult(HealthCheckResult.Unhealthy($"Requests met an outage of the database {_target} lately."))
            // A kept answer holds only while no outage was met since its probe began.
            : _kept.AnswerAsync(ProbeAsync, started => started > outages.LastSeen, cancellationToken);

    public void Dispose() => _kept.Dispose();

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await using var connection = Connection();
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandTimeout = (int)Patience.TotalSeconds;
            if (storage.Provider == StorageProvider.Postgres)
            {
                command.CommandText = PostgresProbe;
            }
            else
            {
                command.CommandText = SqliteProbe;
                var version = Convert.ToInt64(await command.ExecuteScalarAsync(timeout.Token), CultureInfo.InvariantCulture);
                command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");
            }

            await command.ExecuteNonQueryAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = DatabaseOutage.Of(error) ?? error.Message;
            DatabaseOutage.ForgetReadOnlyConnections(error);
            LogNotReady(logger, _target, reason);
            return HealthCheckResult.Unhealthy($"The database {_target} does not take writes: {reason}");
        }
    }

    // Connections of their own (a pool of their own), with the probe's short timeouts.
    private DbConnection Connection() => storage.Provider == StorageProvider.Postgres
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.EffectiveConnectionString)
        {
            Timeout = (int)Patience.TotalSeconds,
            CommandTimeout = (int)Patience.TotalSeconds,
            MaxPoolSize = 2,
        }.ConnectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(storage.EffectiveConnectionString)
        {
            DefaultTimeout = (int)Patience.TotalSeconds,
        }.ConnectionString);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: {Database} does not take writes: {Reason}")]
    private static partial void LogNotReady(ILogger logger, string database, string reason);
}
