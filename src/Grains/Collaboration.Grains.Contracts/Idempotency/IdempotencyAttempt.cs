namespace Collaboration.Idempotency;

/// <summary>
/// One attempt at a request sent with an idempotency key, as its stored changes will name it in
/// the journal: a retry after an answer in doubt looks there for what this attempt did.
/// </summary>
/// <param name="RequestId">The request id its changes carry.</param>
/// <param name="Subject">The caller's token subject.</param>
/// <param name="Operation">The API method called ("Forums/AddAgendaItem").</param>
[GenerateSerializer, Immutable]
public sealed record IdempotencyAttempt(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Operation);
