using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collaboration.Api;
using Collaboration.Forums;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Registers;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>Reads forums, municipalities and organisations from their registers and answers them as one Popolo document.</summary>
public sealed class PopoloExport(IGrainFactory grains)
{
    /// <summary>Popolo's property names: snake case, and what is not known is left out rather than null.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<PopoloDocument> ReadAsync()
    {
        var forums = grains.ReadAllAsync<IForumGrain, Forum>(Register.Forums, g => g.GetAsync());
        var municipalities = grains.ReadAllAsync<IMunicipalityGrain, Municipality>(Register.Municipalities, g => g.GetAsync());
        var organisations = grains.ReadAllAsync<IOrganisationGrain, Organisation>(Register.Organisations, g => g.GetAsync());
        return Document(await forums, await municipalities, await organisations);
    }

    public static PopoloDocument Document(IReadOnlyList<Forum> forums, IReadOnlyList<Municipality> municipalities, IReadOnlyList<Organisation> organisations)
    {
        IEnumerable<PopoloOrganization> all =
        [
            .. forums.OrderBy(f => f.Id, StringComparer.Ordinal).Select(Of),
            .. municipalities.OrderBy(m => m.Id, StringComparer.Ordinal).Select(Of),
            .. organisations.OrderBy(o => o.Id, StringComparer.Ordinal).Select(Of),
        ];
        var memberships = forums.OrderBy(f => f.Id, StringComparer.Ordinal).SelectMany(f => f.Members.Select(m => Of(f, m)));
        return new PopoloDocument([.. all], [.. memberships]);
    }

    /// <summary>The Popolo id of a body named by a kommunenummer or an organisation number.</summary>
    public static string BodyId(string id) =>
        Bodies.IsKommunenummer(id) ? $"municipality/{id}" : $"organisation/{id}";

    private static string ForumId(string id) => $"forum/{id}";

    private static PopoloOrganization Of(Forum forum) => new(
        ForumId(forum.Id),
        forum.Profile.Name,
        forum.Profile.Kind switch
        {
            ForumKind.Council => "council",
            ForumKind.Directors => "directors",
            _ => "network",
        },
        [],
        forum.Profile.ParentId is { } parent ? ForumId(parent) : null);

    private static PopoloOrganization Of(Municipality municipality) => new(
        BodyId(municipality.Id),
        municipality.Profile.Name,
        "municipality",
        [
            new(PopoloIdentifier.Kommunenummer, municipality.Id),
            .. municipality.Profile.OrganisationNumber is { } number ? [new PopoloIdentifier(PopoloIdentifier.OrganisationNumber, number)] : Array.Empty<PopoloIdentifier>(),
        ]);

    private static PopoloOrganization Of(Organisation organisation) => new(
        BodyId(organisation.Id),
        organisation.Profile.Name,
        organisation.Profile.Kind switch
        {
            OrganisationKind.CountyCouncil => "countycouncil",
            OrganisationKind.Municipality => "formermunicipality",
            _ => "publicbody",
        },
        [new(PopoloIdentifier.OrganisationNumber, organisation.Id)],
        DissolutionDate: organisation.Profile.Dissolved is { } day ? Date(day) : null);

    private static PopoloMembership Of(Forum forum, Member member) => new(
        $"{ForumId(forum.Id)}/{member.MunicipalityId}/{Date(member.From)}",
        ForumId(forum.Id),
        new PopoloMember(BodyId(member.MunicipalityId)),
        member.Role == MembershipRole.Observer ? "observer" : "member",
        Date(member.From),
        member.Until is { } until ? Date(until) : null);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
