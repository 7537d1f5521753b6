using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Municipalities;
using Domain = Collaboration.Municipalities;
using Municipality = Collaboration.Municipalities.Municipality;

namespace Collaboration.Gateway.Apis.Municipalities;

/// <summary>Maps municipalities between the wire and the grain contracts.</summary>
public static class MunicipalityMessages
{
    /// <summary>What a PATCH may change; the kommunenummer is the key and memberships are the forums'.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "name", "county", "population", "contacts", "organisation_number" };

    public static MunicipalityProfile ToProfile(this PutMunicipalityRequest r) =>
        Profile(r.Name, r.County, r.Population, r.Contacts, r.HasOrganisationNumber ? r.OrganisationNumber : null);

    public static MunicipalityProfile ToProfile(this Api.V1.Municipality m) =>
        Profile(m.Name, m.County, m.Population, m.Contacts, m.HasOrganisationNumber ? m.OrganisationNumber : null);

    private static MunicipalityProfile Profile(string name, string county, Api.V1.Population? population, IEnumerable<Api.V1.Contact> contacts,
        string? organisationNumber) => new(
        Field.Required(name, "name", 100),
        Field.Required(county, "county", 100),
        population is { } p ? ToPopulation(p) : null,
        ToContacts(contacts),
        Field.OptionalOrganisationNumber(organisationNumber));

    /// <summary>Contacts from the wire; organisations have them too.</summary>
    public static IReadOnlyList<Domain.Contact> ToContacts(IEnumerable<Api.V1.Contact> contacts) =>
        [.. contacts.Select((c, i) => new Domain.Contact(
            Field.Required(c.Name, $"contacts[{i}].name", 200),
            Field.Text(c.Role, $"contacts[{i}].role", 200),
            Field.Text(c.Email, $"contacts[{i}].email", 200),
            Field.Text(c.Phone, $"contacts[{i}].phone", 50)))];

    public static Api.V1.Municipality ToMessage(this Municipality municipality)
    {
        var profile = municipality.Profile;
        var message = new Api.V1.Municipality
        {
            Kommunenummer = municipality.Id,
            Name = profile.Name,
            County = profile.County,
            Population = profile.Population is { } p ? ToMessage(p) : null,
            Version = municipality.Version,
        };
        if (profile.OrganisationNumber is { } organisationNumber)
        {
            message.OrganisationNumber = organisationNumber;
        }

        message.Contacts.AddRange(profile.Contacts.Select(ToMessage));
        message.Forums.AddRange(municipality.Forums.Select(ToMessage));
        return message;
    }

    private static Domain.Population ToPopulation(Api.V1.Population population) => new(
        population.Count >= 0 ? population.Count : throw CollaborationException.Invalid("population.count", "population.count cannot be negative."),
        Field.Year(population.Year, "population.year"),
        Field.Text(population.Note, "population.note", 500));

    private static Api.V1.Population ToMessage(Domain.Population population)
    {
        var message = new Api.V1.Population { Count = population.Count, Year = population.Year };
        if (population.Note is { } note)
        {
            message.Note = note;
        }

        return message;
    }

    public static Api.V1.Contact ToMessage(this Domain.Contact contact)
    {
        var message = new Api.V1.Contact { Name = contact.Name };
        if (contact.Role is { } role)
        {
            message.Role = role;
        }

        if (contact.Email is { } email)
        {
            message.Email = email;
        }

        if (contact.Phone is { } phone)
        {
            message.Phone = phone;
        }

        return message;
    }

    public static Api.V1.ForumMembership ToMessage(this Domain.ForumMembership membership)
    {
        var message = new Api.V1.ForumMembership
        {
            ForumId = membership.ForumId,
            Role = Field.Lower(membership.Role),
            From = Wire.Date(membership.From),
        };
        if (membership.Until is { } until)
        {
            message.Until = Wire.Date(until);
        }

        return message;
    }
}
