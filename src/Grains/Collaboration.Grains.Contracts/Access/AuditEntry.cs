namespace Collaboration.Access;

/// <summary>One change to an object: who made it, what, when, in which request.</summary>
/// <param name="At">When the change was stored.</param>
/// <param name="Subject">The caller's token subject, or "system" for a change made by the system (a deadline passing).</param>
/// <param name="Role">The caller's role.</param>
/// <param name="Municipality">An officer's kommunenummer.</param>
/// <param name="Operation">What was done: the API method ("Forums/AddAgendaItem") or the system event.</param>
/// <param name="RequestId">The id of the request, to find it in logs and traces.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Role,
    [property: Id(3)] string? Municipality,
    [property: Id(4)] string Operation,
    [property: Id(5)] string? RequestId)
{
    /// <summary>An entry for a change made at <paramref name="at"/> by the current <see cref="Actor"/>, or by the system when there is none.</summary>
    public static AuditEntry Of(DateTimeOffset at, string systemOperation) => Actor.Current is { } actor
        ? new AuditEntry(at, actor.Subject, actor.Role, actor.Municipality, actor.Operation, actor.RequestId)
        : new AuditEntry(at, "system", "system", null, systemOperation, null);
}
