using System.Text.Json.Nodes;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Webhooks;

/// <summary>
/// A running silo whose webhooks may use http and reach loopback (and nothing else refused), with
/// short retries and a failure period of seconds, and a client for each kind of caller.
/// </summary>
public sealed class WebhookFixture : IAsyncLifetime
{
    /// <summary>How long one event is retried before it goes to the failures list here.</summary>
    public static readonly TimeSpan FailureAfter = TimeSpan.FromSeconds(4);

    private readonly TempFolder _data = new();
    private readonly Dictionary<string, HttpClient> _clients = [];

    public RunningSilo Silo { get; private set; } = null!;

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8",
        ["Webhooks:AllowedNetworks:1"] = "::1/128",
        ["Webhooks:FailureAfter"] = FailureAfter.ToString(),
        ["Webhooks:RetryBaseDelay"] = "00:00:00.050",
        ["Webhooks:RetryMaxDelay"] = "00:00:00.500",
        ["Webhooks:CheckPeriod"] = "00:00:02",
    };

    public HttpClient As(string caller) => _clients[caller];

    public async Task InitializeAsync()
    {
        Silo = await RunningSilo.StartAsync(_data.Path, Settings);
        var callers = new Dictionary<string, TokenHolder>
        {
            ["admin"] = new("drift", Roles.Admin),
            ["peer"] = new("region-nord", Roles.Peer),
            ["other peer"] = new("region-sor", Roles.Peer),
            ["viewer"] = new("leser", Roles.Viewer),
            ["officer"] = new("saksbehandler-5001", Roles.Officer, Municipality: "5001"),
        };
        foreach (var (name, holder) in callers)
        {
            _clients[name] = Silo.Client(Silo.Token(holder));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Silo.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>The change feed's cursor now: a subscription made after this sees the changes after it.</summary>
    public async Task<string> FeedHeadAsync()
    {
        var next = "0";
        while (true)
        {
            var page = await Silo.Http.ReadAsync($"/api/changes?after={next}&limit=1000");
            var changes = page["changes"]!.AsArray();
            next = (string)page["next"]!;
            if (changes.Count == 0)
            {
                return next;
            }
        }
    }

    /// <summary>The changes after <paramref name="after"/> of <paramref name="kinds"/>, as the feed gives them, in journal order.</summary>
    public async Task<IReadOnlyList<JsonObject>> FeedAsync(string after, string kinds)
    {
        var page = await Silo.Http.ReadAsync($"/api/changes?after={after}&kinds={kinds}&limit=1000");
        return [.. page["changes"]!.AsArray().Select(change => change!.AsObject())];
    }

    /// <summary>Subscribes <paramref name="url"/> as <paramref name="caller"/>; the answer carries the id and the secret.</summary>
    public async Task<(string Id, string Secret)> SubscribeAsync(string url, string[] eventTypes, string caller = "admin")
    {
        var created = await As(caller).ApiPostAsync("/api/webhooks", new { url, eventTypes });
        if (created.Status != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Subscribing failed: {created.Status} {created.Body}");
        }

        return ((string)created.Json["webhook"]!["id"]!, (string)created.Json["secret"]!);
    }
}

[CollectionDefinition(Name)]
public sealed class WebhookCollection : ICollectionFixture<WebhookFixture>
{
    public const string Name = "webhooks";
}
