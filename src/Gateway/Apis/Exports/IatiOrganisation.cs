namespace Collaboration.Gateway.Apis.Exports;

/// <summary>An organisation as IATI names it: a ref where it has an organisation number, a name, a type and a role.</summary>
/// <param name="Ref">"NO-BRC-{organisation number}", when known.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">IATI organisation type code: 11 local government, 15 other public sector.</param>
/// <param name="Role">IATI organisation role code: 1 funding, 2 accountable, 3 extending, 4 implementing.</param>
public sealed record IatiOrganisation(string? Ref, string Name, int Type, int Role)
{
    /// <summary>Role code of the body that pays.</summary>
    public const int Funding = 1;

    /// <summary>Role code of the body answerable for the activity: its lead.</summary>
    public const int Accountable = 2;

    /// <summary>Role code of the bodies carrying it out: its participants.</summary>
    public const int Implementing = 4;

    /// <summary>Type code of municipalities, county councils and councils of them.</summary>
    public const int LocalGovernment = 11;

    /// <summary>Type code of other public bodies.</summary>
    public const int OtherPublicSector = 15;

    /// <summary>The IATI ref of a Norwegian organisation number (Brønnøysundregistrene).</summary>
    public static string RefOf(string organisationNumber) => $"NO-BRC-{organisationNumber}";
}
