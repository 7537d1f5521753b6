using Collaboration.Forums;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;
using Collaboration.Municipalities;

namespace Collaboration.Funding.Tests;

/// <summary>A two-silo test cluster on SQLite with the Funding plugin, and the municipalities tests invite.</summary>
public sealed class FundingCluster : TestClusterFixture
{
    /// <summary>Registered municipalities: 4601–4660 (pattern-valid numbers of one county).</summary>
    public static readonly IReadOnlyList<string> Municipalities = [.. Enumerable.Range(4601, 60).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    protected override Task SeedAsync() =>
        Task.WhenAll(Municipalities.Select(id =>
            Grains.GetGrain<IMunicipalityGrain>(id).PutAsync(new MunicipalityProfile($"Kommune {id}", "Vestland", new Population(5000, 2022, null), []))));

    /// <summary>Publishes an open call with its own id.</summary>
    public async Task<IFundingCallGrain> CallAsync(decimal maxPerMunicipality = 100_000, bool joint = true, DateTimeOffset? deadline = null)
    {
        var call = Grains.GetGrain<IFundingCallGrain>($"call-{Guid.NewGuid():N}"[..20]);
        await call.PutAsync(new CallDetails("Landbruksdirektoratet", "Jordvernstrategier", null,
            DateTimeOffset.UtcNow.AddDays(-1), deadline ?? DateTimeOffset.UtcNow.AddDays(30), maxPerMunicipality, joint, ["landbruk"]));
        return call;
    }

    /// <summary>Moves a call's deadline into the past, as a funder's correction would: the call closes at once.</summary>
    public static async Task CloseAsync(IFundingCallGrain call)
    {
        var details = (await call.GetAsync()).Details;
        await call.PutAsync(details with { Deadline = DateTimeOffset.UtcNow.AddMinutes(-1) });
    }

    /// <summary>Starts an application led by municipality 4601 asking <paramref name="leadRequested"/>.</summary>
    public async Task<IFundingApplicationGrain> ApplicationAsync(IFundingCallGrain call, decimal leadRequested = 100_000, decimal leadOwn = 20_000)
    {
        var id = await call.NumberApplicationAsync(null);
        var application = Grains.GetGrain<IFundingApplicationGrain>(id);
        await application.CreateAsync(new NewApplication(call.GetPrimaryKeyString(), "Felles jordvernstrategi",
            new Applicant(ApplicantKind.Municipality, "4601"), new PartnerShare(leadRequested, leadOwn, "Leder prosjektet")));
        return application;
    }

    /// <summary>A forum whose current members are the given municipalities.</summary>
    public async Task<string> ForumAsync(params string[] members)
    {
        var id = $"forum-{Guid.NewGuid():N}"[..20];
        var forum = Grains.GetGrain<IForumGrain>(id);
        await forum.PutAsync(new ForumProfile("Regionråd", ForumKind.Council, null, "RR", null));
        foreach (var member in members)
        {
            await forum.AddMemberAsync(new Member(member, MembershipRole.Member, new DateOnly(2020, 1, 1), null));
        }

        return id;
    }
}

[CollectionDefinition(Name)]
public sealed class FundingCollection : ICollectionFixture<FundingCluster>
{
    public const string Name = "funding";
}
