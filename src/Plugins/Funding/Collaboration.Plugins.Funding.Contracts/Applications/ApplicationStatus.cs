namespace Collaboration.Funding.Applications;

/// <summary>draft → submitted → granted | rejected; withdrawn from draft or submitted.</summary>
public enum ApplicationStatus
{
    /// <summary>Being written; partners and budget may change.</summary>
    Draft,

    /// <summary>Sent to the funder; partners and budget are frozen.</summary>
    Submitted,

    /// <summary>The funder granted it.</summary>
    Granted,

    /// <summary>The funder said no.</summary>
    Rejected,

    /// <summary>Taken back by the lead.</summary>
    Withdrawn,
}
