using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Registers;
using Collaboration.Webhooks;
using Grpc.Core;
using Webhook = Collaboration.Webhooks.Webhook;

namespace Collaboration.Gateway.Apis.Webhooks;

/// <summary>The Webhooks API: subscriptions, their failures and redeliveries, each subscription its own grain.</summary>
public sealed class WebhooksService(IGrainFactory grains, WebhookTarget target) : Api.V1.Webhooks.WebhooksBase
{
    public override async Task<CreatedWebhook> CreateWebhook(CreateWebhookRequest request, ServerCallContext context)
    {
        context.Creating();
        var url = await target.UrlAsync(request.Url, "url");
        var eventTypes = target.EventTypes(request.EventTypes, "eventTypes");
        var id = Guid.CreateVersion7().ToString("N");
        var created = await grains.GetGrain<IWebhookGrain>(id).CreateAsync(new WebhookDraft(url, eventTypes, WebhookCaller.Of(context).Subject));
        context.Created($"/api/webhooks/{id}");
        return new CreatedWebhook { Webhook = created.Webhook.ToMessage(), Secret = created.Secret };
    }

    public override async Task<ListWebhooksResponse> ListWebhooks(ListWebhooksRequest request, ServerCallContext context)
    {
        var caller = WebhookCaller.Of(context);
        var webhooks = await grains.ReadAllAsync<IWebhookGrain, Webhook?>(Register.Webhooks, ReadOrNullAsync);
        var response = new ListWebhooksResponse();
        response.Webhooks.AddRange(webhooks.OfType<Webhook>().Where(caller.Owns).OrderBy(w => w.CreatedAt).Select(w => w.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Webhook> GetWebhook(WebhookRequest request, ServerCallContext context) =>
        (await OwnedAsync(request.Id, context)).ToMessage();

    public override async Task<Google.Protobuf.WellKnownTypes.Empty> DeleteWebhook(WebhookRequest request, ServerCallContext context)
    {
        await OwnedAsync(request.Id, context);
        await Grain(request.Id).DeleteAsync();
        return new Google.Protobuf.WellKnownTypes.Empty();
    }

    public override async Task<ListWebhookFailuresResponse> ListWebhookFailures(WebhookRequest request, ServerCallContext context)
    {
        await OwnedAsync(request.Id, context);
        var response = new ListWebhookFailuresResponse();
        response.Failures.AddRange((await Grain(request.Id).ListFailuresAsync()).Select(f => f.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Redelivery> RedeliverWebhookEvent(RedeliverWebhookEventRequest request, ServerCallContext context)
    {
        await OwnedAsync(request.Id, context);
        var eventId = Field.Required(request.EventId, "eventId", 100);
        return (await Grain(request.Id).RedeliverAsync(eventId)).ToMessage();
    }

    private IWebhookGrain Grain(string id) => grains.GetGrain<IWebhookGrain>(id);

    // Another caller's subscription is answered as not found: its existence is not the caller's business.
    private async Task<Webhook> OwnedAsync(string id, ServerCallContext context)
    {
        Field.Required(id, "id", 100);
        var webhook = await Grain(id).GetAsync();
        return WebhookCaller.Of(context).Owns(webhook) ? webhook : throw CollaborationException.NotFound($"There is no webhook '{id}'.");
    }

    private static async Task<Webhook?> ReadOrNullAsync(IWebhookGrain grain)
    {
        try
        {
            return await grain.GetAsync();
        }
        catch (CollaborationException missing) when (missing.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
