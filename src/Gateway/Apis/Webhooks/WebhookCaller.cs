using Collaboration.Access;
using Collaboration.Webhooks;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Webhooks;

/// <summary>Who is managing webhooks: an admin sees every subscription, anyone else only those it made.</summary>
public sealed record WebhookCaller(string Subject, bool IsAdmin)
{
    /// <summary>The signed-in caller of this call (the access rules have admitted only admins and peers).</summary>
    public static WebhookCaller Of(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return new WebhookCaller(user.FindFirst(CollaborationClaims.Subject)?.Value ?? "unknown",
            user.FindFirst(CollaborationClaims.Role)?.Value == Roles.Admin);
    }

    /// <summary>Whether this caller may see and change <paramref name="webhook"/>.</summary>
    public bool Owns(Webhook webhook) => IsAdmin || webhook.Owner == Subject;
}
