using Collaboration.Api.V1;
using Collaboration.Federation;
using Collaboration.Gateway.Access.Machines;
using Grpc.Core;
using Grpc.Net.Client;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Collaboration.Gateway.Federation;

/// <summary>
/// Our calls to one peer's gateway over gRPC, each with our machine token. Single reads go
/// through a pipeline of a timeout, retries with jitter and a circuit breaker, so a peer that is
/// down, slow or failing costs a bounded time and is then left alone for a while.
/// </summary>
public sealed class PeerClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly MachineTokens _tokens;
    private readonly ResiliencePipeline _pipeline;

    public PeerClient(PeerOptions peer, MachineTokens tokens, TimeProvider clock)
    {
        _tokens = tokens;
        _channel = GrpcChannel.ForAddress(peer.Address, new GrpcChannelOptions
        {
            // A peer gone silent is noticed by HTTP/2 pings, not only when the next change is due.
            HttpHandler = new SocketsHttpHandler
            {
                KeepAlivePingDelay = TimeSpan.FromSeconds(10),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
                ConnectTimeout = peer.Timeout,
            },
        });
        Changes = new Changes.ChangesClient(_channel);
        Portfolio = new Api.V1.Portfolio.PortfolioClient(_channel);
        Federation = new Api.V1.Federation.FederationClient(_channel);
        var transient = new PredicateBuilder()
            .Handle<RpcException>(e => e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.ResourceExhausted or StatusCode.Unknown)
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>();
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
            })
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddTimeout(peer.Timeout)
            .Build();
    }

    public Changes.ChangesClient Changes { get; }

    public Api.V1.Portfolio.PortfolioClient Portfolio { get; }

    public Api.V1.Federation.FederationClient Federation { get; }

    /// <summary>The headers of a call: our machine token.</summary>
    public async Task<Metadata> HeadersAsync(CancellationToken cancel) =>
        new() { { "Authorization", "Bearer " + await _tokens.GetAsync(cancel) } };

    /// <summary>The peer's entry as it has it now; null when it has none by that key.</summary>
    public async Task<PortfolioEntry?> EntryAsync(string kind, string id, CancellationToken cancel)
    {
        var headers = await HeadersAsync(cancel);
        return await _pipeline.ExecuteAsync(async token =>
        {
            try
            {
                return (await Portfolio.GetEntryAsync(new GetEntryRequest { Kind = kind, Id = id }, headers, cancellationToken: token)).Entry;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, cancel);
    }

    /// <summary>Delivers a message and answers the peer's receipt.</summary>
    public async Task<PeerReceipt> DeliverAsync(PeerMessage message, CancellationToken cancel)
    {
        var headers = await HeadersAsync(cancel);
        var receipt = await _pipeline.ExecuteAsync(
            async token => await Federation.DeliverAsync(new DeliverRequest { Id = message.Id, Kind = message.Kind, Body = message.Body }, headers, cancellationToken: token),
            cancel);
        return new PeerReceipt(receipt.MessageId, receipt.Applied, receipt.HasRefusal ? receipt.Refusal : null, receipt.HasField ? receipt.Field : null,
            DateTimeOffset.Parse(receipt.At, System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _channel.Dispose();
}
