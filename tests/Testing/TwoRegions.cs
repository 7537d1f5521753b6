using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Collaboration.Plugins;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Testing;

/// <summary>
/// Two installations as separate processes on loopback, each with its own SQLite data and its own
/// demo data set: Trondheimsregionen (A) and Bergensregionen (B), each the other's peer. Each
/// signs its own machine tokens and trusts the other's by its RFC 8414 metadata, as it would
/// Maskinporten's.
/// </summary>
public sealed class TwoRegions : IAsyncDisposable
{
    public const string RegionA = "Trondheimsregionen";
    public const string RegionB = "Bergensregionen";

    /// <summary>Trondheim kommune: A's organisation, the consumer of A's tokens.</summary>
    public const string OrganisationA = "942110464";

    /// <summary>Bergen kommune: B's organisation.</summary>
    public const string OrganisationB = "964338531";

    private readonly int _aHttp = FreePort.Next();
    private readonly int _aGrpc = FreePort.Next();
    private readonly int _bHttp = FreePort.Next();
    private readonly int _bGrpc = FreePort.Next();
    private TestDatabase? _aData;
    private TestDatabase? _bData;

    public ProgramProcess A { get; private set; } = null!;

    public ProgramProcess? B { get; private set; }

    /// <summary>Starts A, and B unless told to leave it down.</summary>
    public static async Task<TwoRegions> StartAsync(bool startB = true)
    {
        var regions = new TwoRegions { _aData = await TestDatabase.CreateAsync(StorageProvider.Sqlite), _bData = await TestDatabase.CreateAsync(StorageProvider.Sqlite) };
        regions.A = ProgramProcess.StartSilo("region A", regions.SettingsOfA());
        if (startB)
        {
            regions.B = ProgramProcess.StartSilo("region B", regions.SettingsOfB());
            await regions.B.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        }

        await regions.A.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        return regions;
    }

    /// <summary>Starts B (again, on its data and ports, when it ran before).</summary>
    public async Task StartBAsync()
    {
        var previous = B;
        B = ProgramProcess.StartSilo("region B", SettingsOfB(), previous);
        if (previous is not null)
        {
            await previous.DisposeAsync();
        }

        await B.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>B is killed: SIGKILL, as a crash.</summary>
    public void KillB() => B!.Kill();


    /// <summary>
    /// A token as B's installation signs its own for peers (its peer key, its issuer, its
    /// organisation as consumer), to act as B towards A the way B's installation would.
    /// </summary>
    public string TokenOfB() => PeerToken(B!, _bHttp, OrganisationB);

    /// <summary>A token as A's installation signs its own for peers.</summary>
    public string TokenOfA() => PeerToken(A, _aHttp, OrganisationA);

    /// <summary>
    /// An open call in A (its demo data's calls are closed) and a draft application to it led by
    /// Trondheim with its own share; the application's path.
    /// </summary>
    public async Task<string> ApplicationInAAsync(string title)
    {
        var call = await A.Http.ApiPutAsync("/api/funding/calls/jordvern-regioner", new
        {
            funder = "Landbruksdirektoratet",
            title = "Jordvernstrategier på tvers av regioner",
            opens = "2022-05-01",
            deadline = "2099-12-31",
            maxPerMunicipality = "100000",
            jointAllowed = true,
            themes = new[] { "landbruk" },
        });
        if (call.Status is not (HttpStatusCode.OK or HttpStatusCode.Created))
        {
            throw new InvalidOperationException($"The call was not published: {call.Status} {call.Body}");
        }

        var created = await A.Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = "jordvern-regioner",
            title,
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "100000", ownContribution = "50000", role = "Leder arbeidet" },
        });
        if (created.Status != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The application was not created: {created.Status} {created.Body}");
        }

        return $"/api/funding/applications/{created.Json["id"]}";
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
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await _aData!.DisposeAsync();
        await _bData!.DisposeAsync();
    }

    private Dictionary<string, string> SettingsOfA() =>
        Settings(_aData!, RegionA, DemoDataSets.Trondheimsregionen, OrganisationA, _aHttp, _aGrpc, "bergen", RegionB, OrganisationB, _bHttp, _bGrpc);

    private Dictionary<string, string> SettingsOfB() =>
        Settings(_bData!, RegionB, DemoDataSets.Bergensregionen, OrganisationB, _bHttp, _bGrpc, "trondheimsregionen", RegionA, OrganisationA, _aHttp, _aGrpc);

    // The settings of one installation, the other as its peer: what an operator of each writes.
    private static Dictionary<string, string> Settings(TestDatabase data, string region, string demoData, string organisation, int http, int grpc,
        string peer, string peerRegion, string peerOrganisation, int peerHttp, int peerGrpc) =>
        new(data.Settings)
        {
            ["DemoData:Load"] = "true",
            ["DemoData:Set"] = demoData,
            ["Kestrel:Endpoints:Http:Url"] = Url(http),
            ["Kestrel:Endpoints:Grpc:Url"] = Url(grpc),
            ["Federation:Region"] = region,
            ["Auth:Outgoing:Issuer"] = Url(http) + "/",
            ["Auth:Outgoing:OrganisationNumber"] = organisation,
            [$"Federation:Peers:{peer}:Region"] = peerRegion,
            [$"Federation:Peers:{peer}:Address"] = Url(peerGrpc),
            [$"Federation:Peers:{peer}:OrganisationNumber"] = peerOrganisation,
            [$"Auth:Issuers:{peer}:Metadata"] = Url(peerHttp) + "/.well-known/oauth-authorization-server",
            [$"Auth:Issuers:{peer}:Issuer"] = Url(peerHttp) + "/",
            [$"Auth:Issuers:{peer}:RequireHttpsMetadata"] = "false",
        };

    private static string PeerToken(ProgramProcess region, int http, string organisation)
    {
        var key = Collaboration.Gateway.Access.Machines.PeerSigningKey.LoadOrCreate(Path.Combine(Path.GetDirectoryName(region.KeyFile)!, "peer-key.pem"));
        var now = DateTime.UtcNow;
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = Url(http) + "/",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                ["scope"] = "collaboration:peer",
                ["consumer"] = new Dictionary<string, object> { ["authority"] = "iso6523-actorid-upis", ["ID"] = $"0192:{organisation}" },
            },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(key.SecurityKey, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Url(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
