using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Gateway.Apis.Municipalities;
using Collaboration.Organisations;
using Organisation = Collaboration.Organisations.Organisation;

namespace Collaboration.Gateway.Apis.Organisations;

/// <summary>Maps organisations between the wire and the grain contracts.</summary>
public static class OrganisationMessages
{
    /// <summary>What a PATCH may change; the organisation number is the key and memberships are the forums'.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "name", "kind", "county", "dissolved", "successor", "contacts" };

    public static OrganisationProfile ToProfile(this PutOrganisationRequest r) =>
        Profile(r.Name, r.Kind, r.HasCounty ? r.County : null, r.HasDissolved ? r.Dissolved : null, r.HasSuccessor ? r.Successor : null, r.Contacts);

    public static OrganisationProfile ToProfile(this Api.V1.Organisation o) =>
        Profile(o.Name, o.Kind, o.HasCounty ? o.County : null, o.HasDissolved ? o.Dissolved : null, o.HasSuccessor ? o.Successor : null, o.Contacts);

    private static OrganisationProfile Profile(string name, string kind, string? county, string? dissolved, string? successor,
        IEnumerable<Api.V1.Contact> contacts) => new(
        Field.Required(name, "name", 200),
        Field.Enum<OrganisationKind>(kind, "kind"),
        Field.Text(county, "county", 100),
        Field.OptionalDate(dissolved, "dissolved"),
        string.IsNullOrEmpty(successor) ? null : Field.BodyId(successor, "successor"),
        MunicipalityMessages.ToContacts(contacts));

    public static Api.V1.Organisation ToMessage(this Organisation organisation)
    {
        var profile = organisation.Profile;
        var message = new Api.V1.Organisation
        {
            OrganisationNumber = organisation.Id,
            Name = profile.Name,
            Kind = Field.Lower(profile.Kind),
            Version = organisation.Version,
        };
        if (profile.County is { } county) message.County = county;
        if (profile.Dissolved is { } dissolved) message.Dissolved = Wire.Date(dissolved);
        if (profile.Successor is { } successor) message.Successor = successor;
        message.Contacts.AddRange(profile.Contacts.Select(c => c.ToMessage()));
        message.Forums.AddRange(organisation.Forums.Select(f => f.ToMessage()));
        return message;
    }
}
