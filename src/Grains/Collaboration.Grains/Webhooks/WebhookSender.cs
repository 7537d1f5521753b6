using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Collaboration.Webhooks;

/// <summary>
/// Sends events to receivers, signed per Standard Webhooks, through <see cref="WebhookConnections"/>.
/// One attempt at a time, or retried by a Polly pipeline: exponential backoff with jitter, a
/// receiver's Retry-After honoured on 429 and 503, until the event is delivered, the receiver says
/// 410 Gone, or the caller says to stop.
/// </summary>
public sealed class WebhookSender(IOptions<WebhookOptions> options, TimeProvider clock) : IDisposable
{
    private const string MediaType = "application/cloudevents+json";

    private readonly HttpClient _http = new(WebhookConnections.Handler(new WebhookNetworks(options.Value)))
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { UserAgent = { new ProductInfoHeaderValue("Collaboration-Webhooks", "1.0") } },
    };

    private WebhookOptions Options => options.Value;

    /// <summary>
    /// Sends <paramref name="message"/> until it is delivered or gone, or <paramref name="keepTrying"/>
    /// answers false for a failed attempt. Continuations stay on the caller's scheduler, so a grain
    /// may touch its state in <paramref name="keepTrying"/>.
    /// </summary>
    public async Task<DeliveryAttempt> SendAsync(WebhookMessage message, Func<DeliveryAttempt, ValueTask<bool>> keepTrying, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<DeliveryAttempt> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<DeliveryAttempt>
            {
                ShouldHandle = args => args.Outcome.Result is { Result: DeliveryResult.Failed } failed ? keepTrying(failed) : ValueTask.FromResult(false),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Options.RetryBaseDelay,
                MaxDelay = Options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after
                    ? (TimeSpan?)(after < Options.RetryMaxDelay ? after : Options.RetryMaxDelay)
                    : null),
            })
            .Build();

        var context = ResilienceContextPool.Shared.Get(continueOnCapturedContext: true, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(
                static (context, state) => new ValueTask<DeliveryAttempt>(state.Sender.SendOnceAsync(state.Message, context.CancellationToken)),
                context,
                (Sender: this, Message: message));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt, within the request timeout; only <paramref name="cancellationToken"/> ends it with an exception.</summary>
    public async Task<DeliveryAttempt> SendOnceAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
        {
            Content = new ReadOnlyMemoryContent(message.Body) { Headers = { ContentType = new MediaTypeHeaderValue(MediaType) { CharSet = "utf-8" } } },
        };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(message.Secret, message.Id, timestamp, message.Body.Span));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var detail = string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => new DeliveryAttempt(DeliveryResult.Delivered, detail),
                HttpStatusCode.Gone => new DeliveryAttempt(DeliveryResult.Gone, detail),
                HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => new DeliveryAttempt(DeliveryResult.Failed, detail, RetryAfter(response)),
                _ => new DeliveryAttempt(DeliveryResult.Failed, detail),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryAttempt(DeliveryResult.Failed, $"no answer within {Options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException error)
        {
            return new DeliveryAttempt(DeliveryResult.Failed, error.InnerException is { } inner ? $"{error.Message} {inner.Message}" : error.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    // Retry-After is seconds or an HTTP date.
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > clock.GetUtcNow() ? date - clock.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };
}
