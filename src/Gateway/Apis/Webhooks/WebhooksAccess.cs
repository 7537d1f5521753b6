using Collaboration.Access;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Apis.Webhooks;

/// <summary>
/// Webhooks are for admins and peers (another region's system following this one's changes); which
/// subscriptions a peer may see or change (its own) is decided by <see cref="WebhookCaller"/>.
/// </summary>
public sealed class WebhooksAccess : IAccessRules
{
    private static readonly Parties Peers = Parties.OfRoles(Roles.Peer);

    public void AddTo(AccessRuleSet rules)
    {
        var webhooks = Api.V1.Webhooks.Descriptor;
        rules.Add(webhooks, "ListWebhooks", AccessRule.ReadBy(Peers))
            .Add(webhooks, "GetWebhook", AccessRule.ReadBy(Peers))
            .Add(webhooks, "ListWebhookFailures", AccessRule.ReadBy(Peers))
            .Add(webhooks, "CreateWebhook", AccessRule.Change<CreateWebhookRequest>((_, _) => ValueTask.FromResult(Peers)))
            .Add(webhooks, "DeleteWebhook", AccessRule.Change<WebhookRequest>((_, _) => ValueTask.FromResult(Peers)))
            .Add(webhooks, "RedeliverWebhookEvent", AccessRule.Change<RedeliverWebhookEventRequest>((_, _) => ValueTask.FromResult(Peers)));
    }
}
