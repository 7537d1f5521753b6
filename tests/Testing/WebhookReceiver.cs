using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace Collaboration.Testing;

/// <summary>
/// A webhook receiver: a small Kestrel app on 127.0.0.1 that records every request and answers
/// as <see cref="Answer"/> says. It can be stopped and started again on the same port, to play a
/// receiver that is down for a while.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;
    private int _count;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    /// <summary>Where to subscribe.</summary>
    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>The answer to the n-th request (1-based); 200 when not set.</summary>
    public Func<int, ReceiverAnswer> Answer { get; set; } = _ => new ReceiverAnswer(200);

    /// <summary>Every request so far, in the order received.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>The ids of the requests answered 2xx, each once, in the order first taken: what the receiver has, deduplicated.</summary>
    public IReadOnlyList<string> Taken => [.. _received.Where(r => r.Status is >= 200 and < 300).Select(r => r.Id).Distinct()];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver(FreePort.Next());
        await receiver.StartAgainAsync();
        return receiver;
    }

    /// <summary>Starts listening (again) on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Only the endpoint below: no appsettings.json of the test folder with the silo's endpoints.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        app.MapPost("/hook", ReceiveAsync);
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops listening: connections are refused until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var answer = Answer(Interlocked.Increment(ref _count));
        var headers = new HeaderDictionary();
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = value;
        }

        _received.Enqueue(new ReceivedWebhook(headers, body, answer.Status));
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
    }
}

/// <summary>How the receiver answers one request.</summary>
public sealed record ReceiverAnswer(int Status, string? RetryAfter = null);

/// <summary>One request a <see cref="WebhookReceiver"/> got, and what it answered.</summary>
public sealed record ReceivedWebhook(IHeaderDictionary Headers, string Body, int Status)
{
    public string Id => Headers["webhook-id"].ToString();

    /// <summary>When it arrived, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
    public long ArrivedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public string? ContentType => Headers.ContentType.ToString();

    /// <summary>The body as JSON: the CloudEvent.</summary>
    public JsonObject Event => JsonNode.Parse(Body)!.AsObject();

    /// <summary>Whether the signature verifies with <paramref name="secret"/>, checked by the StandardWebhooks package, not by our own code.</summary>
    public bool VerifiesWith(string secret)
    {
        try
        {
            new StandardWebhook(secret).Verify(Body, Headers);
            return true;
        }
        catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
        {
            return false;
        }
    }
}
