using System.Text.Json;
using Collaboration.Api.V1;
using Collaboration.Federation;
using Collaboration.Journal;
using Grpc.Core;

namespace Collaboration.Gateway.Federation;

/// <summary>
/// Follows one peer's change feed from the cursor our copy has stored: each batch of changes
/// that touch the peer's portfolio is read back from the peer entry by entry and applied to the
/// copy with the cursor, so a restart resumes where it stopped. While the stream is open and
/// idle the copy is current, and says so; when the peer fails, the copy is kept and ages.
/// </summary>
public sealed partial class PeerFeed(
    string name, PeerOptions peer, PeerClient client, IGrainFactory grains, ObjectKinds kinds, TimeProvider clock, ILogger logger)
{
    private const int MaxBatch = 200;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);
    private static readonly string Follower = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private IPeerCopyGrain Copy => grains.GetGrain<IPeerCopyGrain>(name);

    public async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!await Copy.LeadAsync(Follower, Lease))
                {
                    await Task.Delay(Lease / 3, clock, stop);
                    continue;
                }

                await FollowAsync(stop);
                failures = 0;
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                failures++;
                LogFailed(logger, name, e.Message);
                await RecordAsync(e);
                await Task.Delay(Backoff(failures), clock, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task FollowAsync(CancellationToken stop)
    {
        using var lead = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var status = await Copy.StatusAsync();
        var request = new WatchChangesRequest();
        if (status.Cursor is { } cursor)
        {
            request.After = cursor;
        }

        request.Kinds.AddRange(kinds.All.Where(k => k.PortfolioEntry is not null).Select(k => k.Kind));
        using var call = client.Changes.WatchChanges(request, await client.HeadersAsync(lead.Token), cancellationToken: lead.Token);
        await call.ResponseHeadersAsync;
        await Copy.ApplyAsync(new PeerBatch(null, [], [], [], clock.GetUtcNow()));
        var keeping = KeepLeadAsync(lead);
        try
        {
            var pending = new List<FeedEvent>();
            Task<bool>? next = null;
            while (true)
            {
                next ??= call.ResponseStream.MoveNext(lead.Token);
                if (pending.Count > 0 && (pending.Count >= MaxBatch || !next.IsCompleted))
                {
                    await ApplyAsync(pending, lead.Token);
                    pending.Clear();
                    continue;
                }

                if (!await next)
                {
                    return; // the peer ended the stream: follow again from the cursor
                }

                pending.Add(FeedEvent.Parse(call.ResponseStream.Current));
                next = null;
            }
        }
        finally
        {
            await lead.CancelAsync();
            await keeping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ApplyAsync(List<FeedEvent> events, CancellationToken cancel)
    {
        var touched = events
            .Select(e => (Event: e, Kind: kinds.ByKind(e.Kind)?.PortfolioEntry))
            .Where(e => e.Kind is not null)
            .Select(e => (Kind: e.Kind!, e.Event.ObjectId))
            .Distinct()
            .ToList();
        var answers = new (string Key, Api.V1.PortfolioEntry? Entry)[touched.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, touched.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancel }, async (i, token) =>
            answers[i] = ($"{touched[i].Kind}/{touched[i].ObjectId}", await client.EntryAsync(touched[i].Kind, touched[i].ObjectId, token)));
        await Copy.ApplyAsync(new PeerBatch(
            events[^1].Cursor,
            [.. events.Select(e => e.Id)],
            [.. answers.Where(a => a.Entry is not null).Select(a => a.Entry!.ToCopy(name, peer.Region))],
            [.. answers.Where(a => a.Entry is null).Select(a => a.Key)],
            clock.GetUtcNow()));
    }

    // Keeps the lead while following, and marks the copy current while the stream is open.
    private async Task KeepLeadAsync(CancellationTokenSource lead)
    {
        while (!lead.IsCancellationRequested)
        {
            await Task.Delay(Heartbeat, clock, lead.Token);
            if (!await Copy.LeadAsync(Follower, Lease))
            {
                await lead.CancelAsync();
                return;
            }

            await Copy.ApplyAsync(new PeerBatch(null, [], [], [], clock.GetUtcNow()));
        }
    }

    private async Task RecordAsync(Exception e)
    {
        try
        {
            await Copy.FailedAsync(e is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : e.Message, clock.GetUtcNow());
        }
        catch (Exception) when (e is not OutOfMemoryException)
        {
            // The cluster itself is unavailable: nothing to record it in; the next round tries again.
        }
    }

    // 1, 2, 4 … 30 s, with up to a fifth more at random, so peers coming back are not met all at once.
    public static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures - 1, 5))) * (1 + (Random.Shared.NextDouble() / 5)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Peer {Peer} could not be followed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string peer, string reason);

    private sealed record FeedEvent(string Id, string Cursor, string Kind, string ObjectId)
    {
        public static FeedEvent Parse(ChangeEvent change)
        {
            using var json = JsonDocument.Parse(change.CloudEvent);
            var root = json.RootElement;
            var data = root.GetProperty("data");
            return new FeedEvent(root.GetProperty("id").GetString() ?? "", change.Cursor,
                data.GetProperty("kind").GetString() ?? "", data.GetProperty("id").GetString() ?? "");
        }
    }
}
