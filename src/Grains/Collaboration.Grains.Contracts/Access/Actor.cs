namespace Collaboration.Access;

/// <summary>
/// Who is acting in the current call: set by the gateway from the caller's token and carried to
/// the grains in Orleans' request context, where changes record it in their history.
/// </summary>
/// <param name="Subject">The token's subject.</param>
/// <param name="Role">The token's role.</param>
/// <param name="Municipality">An officer's kommunenummer.</param>
/// <param name="RequestId">The id of the request that made the change.</param>
/// <param name="Operation">The API method called ("Forums/AddAgendaItem").</param>
[GenerateSerializer, Immutable]
public sealed record Actor(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Role,
    [property: Id(2)] string? Municipality,
    [property: Id(3)] string RequestId,
    [property: Id(4)] string Operation)
{
    private const string Key = "collaboration.actor";

    /// <summary>The actor of the current call, or null outside a request (a reminder, for example).</summary>
    public static Actor? Current => RequestContext.Get(Key) as Actor;

    /// <summary>Makes this the actor of the grain calls that follow in this request.</summary>
    public void Enter() => RequestContext.Set(Key, this);

    /// <summary>
    /// Ends the actor for the grain calls that follow: what the system does of its own accord
    /// while serving a request (a deadline found passed during a read) is then recorded as the system's.
    /// </summary>
    public static void Leave() => RequestContext.Remove(Key);
}
