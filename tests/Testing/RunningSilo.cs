using System.Globalization;
using Collaboration.Gateway.Access;
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

    private RunningSilo(WebApplication app, int httpPort, int grpcPort, string? adminToken)
    {
        _app = app;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        Http = Client(adminToken);
        Anonymous = Client(null);
        Grpc = TestTokens.Channel(GrpcAddress, adminToken);
    }

    /// <summary>The local signing key file, for a standalone gateway in front of this silo.</summary>
    public string KeyFile { get; private init; } = "";

    /// <summary>The gRPC address.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>An HTTP client without a token.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A token signed with this silo's local key.</summary>
    public string Token(TokenHolder holder, TimeSpan? lifetime = null) => TestTokens.Mint(Services, holder, lifetime);

    /// <summary>An HTTP client that sends <paramref name="token"/> (none when null).</summary>
    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = HttpAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public Uri HttpAddress { get; }

    /// <summary>The port Orleans clients (a standalone gateway) connect to.</summary>
    public int OrleansGatewayPort { get; private init; }

    /// <summary>An HTTP client with an admin token (none when the silo uses an external issuer).</summary>
    public HttpClient Http { get; }

    /// <summary>A gRPC channel whose calls carry an admin token.</summary>
    public GrpcChannel Grpc { get; }

    /// <summary>The host's services (its grain factory, for example).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the silo and waits until /health/ready answers 200. <paramref name="configure"/> may
    /// add services of the test's own (a grain call filter, for example).
    /// </summary>
    public static async Task<RunningSilo> StartAsync(string dataDir, IReadOnlyDictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null)
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
            ["Auth:LocalKeyFile"] = Path.Combine(dataDir, "signing-key.pem"),
            ["RateLimits:Writes:PermitLimit"] = "1000000",
            ["DemoData:Load"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Storage:Writes"] = TestDatabase.SuiteWrites.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var app = SiloApp.Create([.. all.Select(kv => $"--{kv.Key}={kv.Value}")], configure);
        await app.StartAsync();
        var silo = new RunningSilo(app, httpPort, grpcPort, TestTokens.Admin(app.Services))
        {
            OrleansGatewayPort = orleansGatewayPort,
            KeyFile = all["Auth:LocalKeyFile"],
        };
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
        Anonymous.Dispose();
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
