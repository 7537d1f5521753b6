using Collaboration.Portfolio;

namespace Collaboration.Gateway.Exports;

/// <summary>The words the exports use for the wire's English enumeration values (the page has the same list).</summary>
public static class NorwegianWords
{
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static string Kind(PortfolioKind kind) => kind switch
    {
        PortfolioKind.Project => "Prosjekt",
        PortfolioKind.JointProject => "Interkommunalt prosjekt",
        _ => "Søknad",
    };

    public static string Role(PortfolioRole role) => role switch
    {
        PortfolioRole.Lead => "leder",
        PortfolioRole.Participant => "deltar",
        PortfolioRole.Invited => "invitert",
        PortfolioRole.Declined => "takket nei",
        _ => "trakk seg",
    };

    public static string Status(string status) => status switch
    {
        "idea" => "Idé",
        "planned" => "Planlagt",
        "active" => "Aktiv",
        "completed" => "Fullført",
        "cancelled" => "Avlyst",
        "draft" => "Utkast",
        "submitted" => "Sendt",
        "granted" => "Innvilget",
        "rejected" => "Avslått",
        "withdrawn" => "Trukket",
        _ => status,
    };
}
