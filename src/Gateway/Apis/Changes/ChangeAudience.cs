using Collaboration.Gateway.Federation;
using Collaboration.Journal;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Changes;

/// <summary>
/// Who is reading the feed and so which kinds they see: the kinds whose objects are public for
/// anyone, every kind for a signed-in caller, by the same rule as reading the objects themselves.
/// A configured peer sees the public kinds and those we share with it; the others it asks for
/// are left out rather than refused, so a peer following its own list of kinds is not stopped.
/// </summary>
public sealed record ChangeAudience(bool SignedIn, IReadOnlyList<ObjectKind> Kinds)
{
    /// <summary>The kinds the caller asked for (every kind it may read when none), refusing unknown kinds and kinds it may not read.</summary>
    public static ChangeAudience For(ServerCallContext context, ObjectKinds kinds, IReadOnlyCollection<string> asked, string field, PeerDirectory peers)
    {
        var user = context.GetHttpContext().User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var shared = peers.SharedWith(user);
        bool Readable(ObjectKind kind) => kind.IsPublic || (signedIn && (shared is null || shared.Contains(kind.Kind)));
        if (asked.Count == 0)
        {
            return new ChangeAudience(signedIn, [.. kinds.All.Where(Readable)]);
        }

        var selected = new List<ObjectKind>();
        foreach (var name in asked)
        {
            var kind = kinds.ByKind(name.Trim()) ?? throw CollaborationException.Invalid(field,
                $"{field}: '{name}' is not a kind of object here; known kinds are {string.Join(", ", kinds.All.Select(k => k.Kind))}.");
            if (!kind.IsPublic && !signedIn)
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, $"Changes to {kind.Kind} are for signed-in callers: a bearer token is required."));
            }

            if (Readable(kind))
            {
                selected.Add(kind);
            }
        }

        return new ChangeAudience(signedIn, selected.Distinct().ToList());
    }

    /// <summary>The names the journal keeps these kinds under.</summary>
    public IReadOnlyList<string> StateNames => [.. Kinds.Select(kind => kind.StateName)];
}
