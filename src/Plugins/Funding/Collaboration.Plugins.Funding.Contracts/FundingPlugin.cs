using Collaboration.Journal;

namespace Collaboration.Funding;

/// <summary>The Funding plugin's identity.</summary>
public static class FundingPlugin
{
    /// <summary>The name in configuration: <c>Plugins:Funding:Enabled</c>.</summary>
    public const string Name = "Funding";

    /// <summary>The name a funding call's state is stored and journaled under.</summary>
    public const string CallState = "funding-call";

    /// <summary>The name an application's state is stored and journaled under.</summary>
    public const string ApplicationState = "funding-application";

    /// <summary>The name an invitation from another region's application is stored and journaled under.</summary>
    public const string RemoteInvitationState = "funding-remote-invitation";

    /// <summary>The register of the invitations from other regions to one municipality.</summary>
    public static string RemoteInvitationsOf(string municipalityId) => $"funding-remote-invitations/{municipalityId}";

    /// <summary>Funding calls and applications, on record with every change; readable by signed-in callers.</summary>
    public static IReadOnlyList<ObjectKind> Kinds { get; } =
    [
        new("calls", CallState, "/api/funding/calls", "funding.call", IsPublic: false),
        new("applications", ApplicationState, "/api/funding/applications", "funding.application", IsPublic: false) { PortfolioEntry = FundingPortfolio.Application },
        new("remote-invitations", RemoteInvitationState, "/api/funding/remote-invitations", "funding.remote-invitation", IsPublic: false),
    ];
}
