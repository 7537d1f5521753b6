using Collaboration.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Collaboration.Silo.DemoData;

/// <summary>
/// Loads the demo data once per data folder, after the server has started, through the
/// process's own HTTP endpoint. A marker file in the data folder records that it was loaded, so
/// later starts never overwrite what users have changed since. Also the readiness check: the
/// process is ready when the load is over.
/// </summary>
public sealed partial class DemoDataLoader(
    IOptions<DemoDataOptions> options,
    StorageOptions storage,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<DemoDataLoader> logger) : BackgroundService, IHealthCheck
{
    private volatile string? _failure;
    private volatile bool _done;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_failure is { } failure ? HealthCheckResult.Unhealthy(failure)
            : _done ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Loading demo data."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var marker = Path.Combine(storage.DataPath, "demo-data.loaded");
        if (!options.Value.Load || File.Exists(marker))
        {
            _done = true;
            return;
        }

        await WhenStartedAsync(stoppingToken);
        try
        {
            using var api = new HttpClient { BaseAddress = OwnAddress(), Timeout = TimeSpan.FromMinutes(1) };
            var file = Path.Combine(AppContext.BaseDirectory, options.Value.File);
            var requests = await new DemoDataSet(api).LoadAsync(file, stoppingToken);
            await File.WriteAllTextAsync(marker, $"{DateTimeOffset.UtcNow:O} {options.Value.File}\n", stoppingToken);
            LogLoaded(logger, requests, file);
            _done = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failure = e.Message;
            LogFailed(logger, e);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(started.SetResult);
        return started.Task.WaitAsync(stoppingToken);
    }

    private Uri OwnAddress()
    {
        var url = configuration["Kestrel:Endpoints:Http:Url"] ?? "http://127.0.0.1:5000";
        var uri = new UriBuilder(url.Replace("://*", "://127.0.0.1").Replace("://+", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"));
        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Requests} API requests from {File}.")]
    private static partial void LogLoaded(ILogger logger, int requests, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data could not be loaded.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
