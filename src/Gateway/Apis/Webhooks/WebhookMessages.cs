using Collaboration.Api;
using Collaboration.Webhooks;

namespace Collaboration.Gateway.Apis.Webhooks;

/// <summary>Webhook subscriptions, failures and redeliveries on the wire.</summary>
public static class WebhookMessages
{
    public static Api.V1.Webhook ToMessage(this Webhook webhook)
    {
        var message = new Api.V1.Webhook
        {
            Id = webhook.Id,
            Url = webhook.Url.AbsoluteUri,
            Owner = webhook.Owner,
            CreatedAt = Wire.OsloInstant(webhook.CreatedAt),
            Status = Field.Lower(webhook.Status),
            Delivered = webhook.Delivered,
            Failures = webhook.Failures,
        };
        message.EventTypes.AddRange(webhook.EventTypes);
        if (webhook.StatusReason is { } reason)
        {
            message.StatusReason = reason;
        }

        if (webhook.FailingSince is { } since)
        {
            message.FailingSince = Wire.OsloInstant(since);
        }

        return message;
    }

    public static Api.V1.WebhookFailure ToMessage(this WebhookFailure failure) => new()
    {
        EventId = failure.EventId,
        Cursor = Field.Cursor(failure.Position),
        Type = failure.Type,
        Subject = failure.Subject,
        FirstFailedAt = Wire.OsloInstant(failure.FirstFailedAt),
        LastFailedAt = Wire.OsloInstant(failure.LastFailedAt),
        Attempts = failure.Attempts,
        LastError = failure.LastError,
    };

    public static Api.V1.Redelivery ToMessage(this Redelivery redelivery) => new()
    {
        EventId = redelivery.EventId,
        Delivered = redelivery.Delivered,
        Outcome = redelivery.Outcome,
    };
}
