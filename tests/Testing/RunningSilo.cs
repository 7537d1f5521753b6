using System.Globalization;
using Collaboration.Silo;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;

namespace Collaboration.Testing;

/// <summary>
/// The real process composition (<see cref="SiloApp"/>: silo, co-hosted gateway, demo data
/// loader) started in this process on free loopback ports, with a data folder of the test's
/// choosing. HTTP and gRPC go over real sockets.
/// </summary>
public sealed class RunningSilo : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private RunningSilo(WebApplication app, int httpPort, int grpcPort)
    {
        _app = app;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        Http = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(60) };
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public Uri HttpAddress { get; }

    /// <summary>The port Orleans clients (a standalone gateway) connect to.</summary>
    public int OrleansGatewayPort { get; private init; }

    public HttpClient Http { get; }

    public GrpcChannel Grpc { get; }

    /// <summary>The host's services (its grain factory, for example).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the silo and waits until /health/ready answers 200.</summary>
    public static async Task<RunningSilo> StartAsync(string dataDir, IReadOnlyDictionary<string, string>? settings = null)
    {
        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        var orleansGatewayPort = FreePort.Next();
        var all = new Dictionary<string, string>
        {
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = orleansGatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Storage:DataDir"] = dataDir,
            ["DemoData:Load"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var app = SiloApp.Create([.. all.Select(kv => $"--{kv.Key}={kv.Value}")]);
        await app.StartAsync();
        var silo = new RunningSilo(app, httpPort, grpcPort) { OrleansGatewayPort = orleansGatewayPort };
        await silo.WaitUntilReadyAsync();
        return silo;
    }

    /// <summary>Stops the host gracefully, as an operator's Ctrl+C would.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Grpc.Dispose();
        await StopAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var response = await Http.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The silo was not ready: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(200);
        }
    }
}
