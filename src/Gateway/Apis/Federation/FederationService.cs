using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Federation;
using Collaboration.Gateway.Federation;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Federation;

/// <summary>Receives peers' messages and hands each to the area that handles its kind.</summary>
public sealed class FederationService(PeerDirectory peers, IEnumerable<IPeerMessageHandler> handlers, TimeProvider clock) : Api.V1.Federation.FederationBase
{
    public override async Task<DeliveryReceipt> Deliver(DeliverRequest request, ServerCallContext context)
    {
        var peer = peers.PeerCalling(context.GetHttpContext().User)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, "Only a configured peer delivers messages: its token's consumer must be a peer's organisation number."));
        var id = Field.Required(request.Id, "id", 200);
        var kind = Field.Required(request.Kind, "kind", 100);
        var message = new PeerInbound(id, kind, Field.Required(request.Body, "body", 100_000), peer, peers.Regions[peer], clock.GetUtcNow());
        var receipt = handlers.FirstOrDefault(h => h.Kind == kind) is { } handler
            ? await handler.HandleAsync(message)
            : PeerReceipt.Refused(id, $"kind: '{kind}' is not a kind of message this installation takes.", "kind", message.ReceivedAt);
        var answer = new DeliveryReceipt { MessageId = receipt.MessageId, Applied = receipt.Applied, At = Wire.Instant(receipt.At) };
        if (receipt.Refusal is { } refusal)
        {
            answer.Refusal = refusal;
        }

        if (receipt.Field is { } field)
        {
            answer.Field = field;
        }

        return answer;
    }
}
