using Collaboration.Journal;

namespace Collaboration.Webhooks;

public sealed partial class WebhookGrain
{
    // How many changes one read takes, and how long a read waits for news before the timer asks again.
    private const int PageSize = 100;
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(5);

    private IGrainTimer? _deliverer;
    private CancellationTokenSource? _stopping;

    /// <summary>
    /// Runs the deliverer while the activation lives: each tick reads the journal after the
    /// cursor (waiting for news) and delivers what it finds, strictly in journal order. The timer
    /// interleaves, so a long retry does not hold up calls; it keeps the activation alive, and the
    /// durable reminder brings a new activation, and so the deliverer, back after a restart.
    /// </summary>
    private void StartDelivering()
    {
        if (_deliverer is not null)
        {
            return;
        }

        // A tick that is retrying would hold up the silo's shutdown; stopping the host ends it at once.
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        _deliverer = this.RegisterGrainTimer(DeliverAsync, _stopping.Token,
            new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(100)) { Interleave = true, KeepAlive = true });
    }

    private void StopDelivering()
    {
        _stopping?.Cancel();
        _stopping?.Dispose();
        _stopping = null;
        _deliverer?.Dispose();
        _deliverer = null;
    }

    private async Task DeliverAsync(CancellationToken stopping, CancellationToken timer)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(stopping, timer);
        var cancellation = both.Token;
        try
        {
            while (Delivering && !cancellation.IsCancellationRequested)
            {
                var page = await Journal.ReadAsync(state.State.Cursor, [], PageSize, PollWait).WaitAsync(cancellation);
                if (page.Records.Count == 0)
                {
                    return;
                }

                var saved = state.State.Cursor;
                foreach (var record in page.Records)
                {
                    if (!Delivering)
                    {
                        return;
                    }

                    if (TypeOf(record) is { } type && Matches(type))
                    {
                        await DeliverOneAsync(record, type, cancellation);
                    }
                    else
                    {
                        state.State.Cursor = record.Position;
                    }
                }

                // Skipped changes and deliveries are stored once per page: after a crash, at worst a page is sent again.
                if (Delivering && state.State.Cursor != saved)
                {
                    await SaveAsync();
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Deleted, disabled or deactivating; the stored cursor is where the next activation starts.
        }
    }

    private async Task DeliverOneAsync(JournalRecord record, string type, CancellationToken cancellation)
    {
        var s = state.State;
        var attempt = await sender.SendAsync(Message(s.Draft!, record), KeepTryingAsync, cancellation);
        if (!Delivering)
        {
            return;
        }

        var headFailed = s.HeadFailedSince is not null;
        switch (attempt.Result)
        {
            case DeliveryResult.Delivered:
                s.Delivered++;
                break;
            case DeliveryResult.Gone:
                s.Status = WebhookStatus.Disabled;
                s.StatusReason = $"The receiver answered 410 Gone at {clock.GetUtcNow():u}.";
                LogGone(logger, Id);
                StopDelivering();
                await SaveAsync();
                await ForgetReminderAsync();
                return;
            default:
                s.Failures.Add(new WebhookFailure(record.EventId, record.Position, type, kinds.ByStateName(record.Kind)!.PathOf(record.ObjectId),
                    s.HeadFailedSince ?? clock.GetUtcNow(), clock.GetUtcNow(), s.HeadAttempts, attempt.Detail));
                if (s.Failures.Count > MaxFailures)
                {
                    s.Failures.RemoveAt(0);
                }

                LogGivenUp(logger, Id, record.EventId, options.Value.FailureAfter, attempt.Detail);
                break;
        }

        s.Cursor = record.Position;
        s.HeadFailedSince = null;
        s.HeadAttempts = 0;
        s.HeadLastError = null;
        if (headFailed)
        {
            await SaveAsync();
        }
    }

    // Called after each failed attempt: the first failure is stored at once, so the failure period
    // counts from it across restarts; once the period has passed, the event is given up.
    private async ValueTask<bool> KeepTryingAsync(DeliveryAttempt failed)
    {
        var s = state.State;
        var now = clock.GetUtcNow();
        s.HeadAttempts++;
        s.HeadLastError = failed.Detail;
        if (s.HeadFailedSince is null)
        {
            s.HeadFailedSince = now;
            await SaveAsync();
        }

        return Delivering && now - s.HeadFailedSince < options.Value.FailureAfter;
    }

    private string? TypeOf(JournalRecord record) => kinds.ByStateName(record.Kind)?.EventType(record.Version);

    private bool Matches(string type) => Draft.EventTypes.Any(prefix => type.StartsWith(prefix, StringComparison.Ordinal));
}
