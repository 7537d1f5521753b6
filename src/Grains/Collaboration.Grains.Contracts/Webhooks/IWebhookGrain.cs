namespace Collaboration.Webhooks;

/// <summary>
/// One webhook subscription and its deliverer (key: the subscription's id). It sends every change
/// whose CloudEvents type starts with one of its prefixes, in journal order, signed per Standard
/// Webhooks, at least once: its place in the journal is stored with it, and a durable reminder
/// wakes it again after a restart. Only one deliverer runs per subscription in the cluster.
/// </summary>
public interface IWebhookGrain : IGrainWithStringKey
{
    /// <summary>Creates the subscription, delivering changes made from now on; the answer carries the secret, shown this once.</summary>
    Task<NewWebhook> CreateAsync(WebhookDraft draft);

    /// <summary>The subscription, without its secret.</summary>
    Task<Webhook> GetAsync();

    /// <summary>Deletes the subscription and stops its deliveries.</summary>
    Task DeleteAsync();

    /// <summary>The events that failed for the whole failure period, oldest first.</summary>
    Task<IReadOnlyList<WebhookFailure>> ListFailuresAsync();

    /// <summary>Sends one failed event again, once; a delivered event leaves the failures list.</summary>
    Task<Redelivery> RedeliverAsync(string eventId);
}
