using System.Globalization;
using System.Text.Json.Nodes;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Gateway.Tests.Federation;

/// <summary>
/// Two installations as separate processes on loopback, each with its own SQLite data: A
/// (Trondheimsregionen) follows B (Bergensregionen) as a peer, and B trusts A's machine tokens
/// by A's RFC 8414 metadata, as it would Maskinporten's.
/// </summary>
public sealed class TwoRegions : IAsyncDisposable
{
    public const string RegionA = "Trondheimsregionen";
    public const string RegionB = "Bergensregionen";

    private readonly int _aHttp = FreePort.Next();
    private readonly int _bHttp = FreePort.Next();
    private readonly int _bGrpc = FreePort.Next();
    private TestDatabase? _aData;
    private TestDatabase? _bData;

    public ProgramProcess A { get; private set; } = null!;

    public ProgramProcess B { get; private set; } = null!;

    public static async Task<TwoRegions> StartAsync()
    {
        var regions = new TwoRegions { _aData = await TestDatabase.CreateAsync(StorageProvider.Sqlite), _bData = await TestDatabase.CreateAsync(StorageProvider.Sqlite) };
        regions.B = ProgramProcess.StartSilo("region B", regions.SettingsOfB());
        regions.A = ProgramProcess.StartSilo("region A", regions.SettingsOfA());
        await Task.WhenAll(regions.A.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), regions.B.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)));
        return regions;
    }

    /// <summary>B is killed: SIGKILL, as a crash.</summary>
    public void KillB() => B.Kill();

    /// <summary>B starts again on its data and its ports.</summary>
    public async Task RestartBAsync()
    {
        var previous = B;
        B = ProgramProcess.StartSilo("region B again", SettingsOfB(), previous);
        await previous.DisposeAsync();
        await B.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds, or fails after two minutes with the last answer.</summary>
    public static async Task<JsonNode> EventuallyAsync(Func<Task<JsonNode>> read, Func<JsonNode, bool> done)
    {
        var giveUp = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var answer = await read();
            if (done(answer))
            {
                return answer;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Not reached within two minutes; the last answer: {answer.ToJsonString()}");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _aData!.DisposeAsync();
        await _bData!.DisposeAsync();
    }

    private Dictionary<string, string> SettingsOfA() => new(_aData!.Settings)
    {
        ["Kestrel:Endpoints:Http:Url"] = Url(_aHttp),
        ["Federation:Region"] = RegionA,
        ["Federation:Peers:bergen:Region"] = RegionB,
        ["Federation:Peers:bergen:Address"] = Url(_bGrpc),
        ["Auth:Outgoing:Issuer"] = Url(_aHttp) + "/",
        ["Auth:Outgoing:OrganisationNumber"] = "942110464",
    };

    private Dictionary<string, string> SettingsOfB() => new(_bData!.Settings)
    {
        ["Kestrel:Endpoints:Http:Url"] = Url(_bHttp),
        ["Kestrel:Endpoints:Grpc:Url"] = Url(_bGrpc),
        ["Federation:Region"] = RegionB,
        ["Auth:Issuers:trondheimsregionen:Metadata"] = Url(_aHttp) + "/.well-known/oauth-authorization-server",
        ["Auth:Issuers:trondheimsregionen:Issuer"] = Url(_aHttp) + "/",
        ["Auth:Issuers:trondheimsregionen:RequireHttpsMetadata"] = "false",
    };

    private static string Url(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
