using Collaboration.Access;
using Collaboration.Gateway;
using Collaboration.Gateway.Access;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Collaboration.Silo.DemoData;

/// <summary>
/// Loads the demo data (the core's, then each enabled plugin's) once per data folder, after the
/// server has started, through the process's own HTTP endpoint. A marker file in the data folder
/// records what was loaded, so later starts never overwrite what users have changed since. Also the readiness check: the
/// process is ready when the load is over.
/// </summary>
public sealed partial class DemoDataLoader(
    IOptions<DemoDataOptions> options,
    StorageOptions storage,
    ApiPlugins plugins,
    IConfiguration configuration,
    AuthOptions auth,
    IServiceProvider services,
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
        // The marker lists the files loaded into this data folder; a plugin switched on later
        // still gets its data once.
        var marker = new DemoDataMarker(storage.DataPath);
        var loaded = await marker.LoadedAsync(stoppingToken);
        var set = options.Value;
        var files = new[] { set.File }.Concat(plugins.Enabled.Select(p => p.DemoDataFile(set.Set)).OfType<string>())
            .Where(file => !loaded.Contains(file))
            .ToList();
        if (!set.Load || files.Count == 0)
        {
            _done = true;
            return;
        }

        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, set.File)))
        {
            // A misspelt set would otherwise start an empty installation that looks loaded.
            _failure = $"DemoData:Set '{set.Set}' is not a demo data set: there is no {set.File}.";
            LogUnknownSet(logger, set.Set);
            return;
        }

        await WhenStartedAsync(stoppingToken);
        try
        {
            // The demo data goes in as the operator would enter it: through the API, with a token.
            var key = services.GetService<LocalSigningKey>()
                ?? throw new InvalidOperationException("Demo data needs the local signing key; it cannot be loaded with an external token issuer (Auth:Authority).");
            var token = LocalTokens.Mint(key, auth.Audience, new TokenHolder("demo-data", Roles.Admin), TimeSpan.FromHours(1));
            using var api = new HttpClient { BaseAddress = OwnAddress(), Timeout = TimeSpan.FromMinutes(1) };
            api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            foreach (var file in files)
            {
                var requests = await new DemoDataSet(api).LoadAsync(Path.Combine(AppContext.BaseDirectory, file), stoppingToken);
                await marker.AddAsync(file, stoppingToken);
                LogLoaded(logger, requests, file);
            }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "DemoData:Set '{Set}' is not a demo data set; nothing was loaded.")]
    private static partial void LogUnknownSet(ILogger logger, string set);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data could not be loaded.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
