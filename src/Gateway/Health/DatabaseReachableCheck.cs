using Collaboration.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Collaboration.Gateway.Health;

/// <summary>
/// Ready while the installation's PostgreSQL database answers a standalone gateway: without it the
/// silos behind the gateway can only answer 503, so a load balancer should send its traffic
/// elsewhere. The probe is a <c>SELECT 1</c> on connections of its own, bounded by a short timeout;
/// its answer is kept for a moment, so frequent probes cost the database one small query every few
/// seconds. Whether the database takes writes is the silos' readiness to say.
/// </summary>
public sealed partial class DatabaseReachableCheck : IHealthCheck, IDisposable
{
    // Long enough for a loaded database to answer, short enough to go red within seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource _database;
    private readonly string _target;
    private readonly ILogger<DatabaseReachableCheck> _logger;
    private readonly KeptProbe _kept;

    public DatabaseReachableCheck(string connectionString, TimeProvider clock, ILogger<DatabaseReachableCheck> logger)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = (int)Patience.TotalSeconds,
            CommandTimeout = (int)Patience.TotalSeconds,
            MaxPoolSize = 2,
        };
        _target = $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database}";
        _database = NpgsqlDataSource.Create(settings);
        _kept = new KeptProbe(Fresh, clock);
        _logger = logger;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _kept.AnswerAsync(ProbeAsync, _ => true, cancellationToken);

    public void Dispose()
    {
        _database.Dispose();
        _kept.Dispose();
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await using var command = _database.CreateCommand("SELECT 1;");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotReady(_logger, _target, error.Message);
            return HealthCheckResult.Unhealthy($"The database {_target} does not answer: {error.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: {Database} does not answer: {Reason}")]
    private static partial void LogNotReady(ILogger logger, string database, string reason);
}
