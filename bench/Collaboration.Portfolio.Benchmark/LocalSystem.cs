using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Collaboration.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>The run command's process (silo with the gateway co-hosted) started in this process on free loopback ports.</summary>
public sealed class LocalSystem : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalSystem(WebApplication app, Uri address)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Http { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<LocalSystem> StartAsync(string dataDir)
    {
        var http = FreePort();
        string[] args =
        [
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{http}",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{FreePort()}",
            $"--Orleans:SiloPort={FreePort()}",
            $"--Orleans:GatewayPort={FreePort()}",
            $"--Storage:DataDir={dataDir}",
            "--DemoData:Load=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = SiloApp.Create(args);
        await app.StartAsync();
        var system = new LocalSystem(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{http}")));
        while (!(await system.Http.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            await Task.Delay(100);
        }

        return system;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
