using Collaboration.Journal;
using Collaboration.Registers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Webhooks;

/// <summary>
/// One subscription and its deliverer. Calls are not reentrant, but the delivery loop runs on an
/// interleaving timer, so the subscription answers while an event is being retried; its state
/// writes are taken one at a time.
/// </summary>
public sealed partial class WebhookGrain(
    [PersistentState("webhook", GrainStorage.Name)] IPersistentState<WebhookState> state,
    ObjectKinds kinds,
    ChangeEvents events,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookGrain> logger) : Grain, IWebhookGrain, IRemindable, IDisposable
{
    private const string WakeReminder = "webhook-deliverer";

    // Most failures kept per subscription; the oldest go first.
    private const int MaxFailures = 1000;

    private readonly SemaphoreSlim _writes = new(1, 1);

    private string Id => this.GetPrimaryKeyString();

    private IJournalGrain Journal => GrainFactory.GetGrain<IJournalGrain>(0);

    private bool Delivering => state.State.Draft is not null && !state.State.Deleted && state.State.Status == WebhookStatus.Active;

    private WebhookDraft Draft => Existing.OrNotFound(state.State.Deleted ? null : state.State.Draft, $"There is no webhook '{Id}'.");

    private void EnsureExists() => _ = Draft;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Delivering)
        {
            StartDelivering();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopDelivering();
        return Task.CompletedTask;
    }

    public async Task<NewWebhook> CreateAsync(WebhookDraft draft)
    {
        if (state.State.Draft is not null)
        {
            throw CollaborationException.Conflict($"The webhook '{Id}' exists already.", "id");
        }

        // Changes from now on: a new subscription does not replay the whole record.
        var head = await Journal.HeadAsync();
        state.State = new WebhookState
        {
            Draft = draft,
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
            Status = WebhookStatus.Active,
            Cursor = head,
        };
        await SaveAsync();
        await GrainFactory.GetGrain<IRegisterGrain>(Register.Webhooks).AddAsync(Id);
        var period = options.Value.CheckPeriod;
        await this.RegisterOrUpdateReminder(WakeReminder, period, period);
        StartDelivering();
        return new NewWebhook(ToWebhook(), state.State.Secret);
    }

    public Task<Webhook> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(ToWebhook());
    }

    public async Task DeleteAsync()
    {
        EnsureExists();
        StopDelivering();
        state.State.Deleted = true;
        state.State.Secret = "";
        state.State.Failures.Clear();
        await SaveAsync();
        await ForgetReminderAsync();
        await GrainFactory.GetGrain<IRegisterGrain>(Register.Webhooks).RemoveAsync(Id);
        DeactivateOnIdle();
    }

    public Task<IReadOnlyList<WebhookFailure>> ListFailuresAsync()
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<WebhookFailure>>([.. state.State.Failures]);
    }

    public async Task<Redelivery> RedeliverAsync(string eventId)
    {
        var draft = Draft;
        var failure = state.State.Failures.Find(f => f.EventId == eventId)
            ?? throw CollaborationException.NotFound($"The webhook '{Id}' has no failed event '{eventId}'.");
        var page = await Journal.ReadAsync(failure.Position - 1, [], 1, TimeSpan.Zero);
        var record = page.Records.FirstOrDefault(r => r.EventId == eventId)
            ?? throw CollaborationException.NotFound($"The event '{eventId}' is no longer in the journal.");

        var attempt = await sender.SendOnceAsync(Message(draft, record), CancellationToken.None);
        var index = state.State.Failures.FindIndex(f => f.EventId == eventId);
        if (index >= 0)
        {
            if (attempt.Result == DeliveryResult.Delivered)
            {
                state.State.Failures.RemoveAt(index);
                state.State.Delivered++;
            }
            else
            {
                var current = state.State.Failures[index];
                state.State.Failures[index] = current with
                {
                    LastFailedAt = clock.GetUtcNow(),
                    Attempts = current.Attempts + 1,
                    LastError = attempt.Detail,
                };
            }

            await SaveAsync();
        }

        return new Redelivery(eventId, attempt.Result == DeliveryResult.Delivered, attempt.Detail);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != WakeReminder)
        {
            return;
        }

        // Waking the grain is the reminder's whole job: activation starts the deliverer.
        if (!Delivering)
        {
            await ForgetReminderAsync();
        }
    }

    public void Dispose()
    {
        StopDelivering();
        _writes.Dispose();
    }

    private async Task ForgetReminderAsync()
    {
        if (await this.GetReminder(WakeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    // The delivery loop interleaves with calls, so two writes could otherwise overlap.
    private async Task SaveAsync()
    {
        await _writes.WaitAsync();
        try
        {
            await this.CommitAsync(state);
        }
        finally
        {
            _writes.Release();
        }
    }

    private Webhook ToWebhook()
    {
        var s = state.State;
        return new Webhook(Id, s.Draft!.Url, s.Draft.EventTypes, s.Draft.Owner, s.CreatedAt, s.Status, s.StatusReason,
            s.Delivered, s.Failures.Count, s.HeadFailedSince);
    }

    private WebhookMessage Message(WebhookDraft draft, JournalRecord record) =>
        new(draft.Url, state.State.Secret, record.EventId, ChangeEvents.Encode(events.ToCloudEvent(record, signedIn: true)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Webhook}: event {EventId} failed for {Period} ({Error}); it is on the failures list and delivery goes on.")]
    private static partial void LogGivenUp(ILogger logger, string webhook, string eventId, TimeSpan period, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Webhook}: the receiver answered 410 Gone; the subscription is disabled.")]
    private static partial void LogGone(ILogger logger, string webhook);
}
