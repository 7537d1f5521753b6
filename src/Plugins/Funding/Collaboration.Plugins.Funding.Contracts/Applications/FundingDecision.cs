namespace Collaboration.Funding.Applications;

/// <summary>The funder's answer.</summary>
/// <param name="Granted">True for granted, false for rejected.</param>
/// <param name="Amount">NOK granted; ignored when rejected.</param>
/// <param name="PerPartner">Amounts per kommunenummer when the funder gave them; otherwise the
/// amount is allocated pro rata to what each requested, to the øre.</param>
[GenerateSerializer, Immutable]
public sealed record FundingDecision(
    [property: Id(0)] bool Granted,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] IReadOnlyDictionary<string, decimal>? PerPartner);
