using Collaboration.Forums;
using Collaboration.Organisations;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class MembershipPeriodTests(ClusterFixture fixture)
{
    private static readonly DateOnly ObserverFrom = new(2009, 4, 24);
    private static readonly DateOnly ObserverUntil = new(2013, 12, 31);
    private static readonly DateOnly MemberFrom = new(2014, 1, 1);
    private static readonly DateOnly MemberUntil = new(2019, 12, 31);
    private static readonly DateOnly AgainFrom = new(2022, 1, 1);

    [Fact]
    public async Task Members_on_a_date_follow_a_members_three_periods()
    {
        var selbu = await Seed.MunicipalityAsync(fixture.Grains, "5032", "Selbu");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("periods"));
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Observer, ObserverFrom, ObserverUntil) { Decision = "Regionrådet 24.04.2009" });
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Member, MemberFrom, MemberUntil));
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Observer, AgainFrom, null));
        var read = await forum.GetAsync();

        Assert.Empty(read.MembersOn(new DateOnly(2009, 4, 23)));
        Assert.Equal(MembershipRole.Observer, Assert.Single(read.MembersOn(ObserverFrom)).Role);
        Assert.Equal("Regionrådet 24.04.2009", Assert.Single(read.MembersOn(ObserverUntil)).Decision);
        Assert.Equal(MembershipRole.Member, Assert.Single(read.MembersOn(MemberFrom)).Role);
        Assert.Equal(MembershipRole.Member, Assert.Single(read.MembersOn(MemberUntil)).Role);
        Assert.Empty(read.MembersOn(new DateOnly(2021, 6, 1)));
        Assert.Equal(AgainFrom, Assert.Single(read.MembersOn(new DateOnly(2030, 1, 1))).From);
        Assert.Equal([ObserverFrom, MemberFrom, AgainFrom], (await selbu.GetAsync()).Forums.Where(f => f.ForumId == forum.GetPrimaryKeyString()).Select(f => f.From));
    }

    [Fact]
    public async Task One_period_is_changed_or_removed_by_its_first_day_and_the_body_follows()
    {
        var selbu = await Seed.MunicipalityAsync(fixture.Grains, "5032", "Selbu");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("periods"));
        var forumId = forum.GetPrimaryKeyString();
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Observer, ObserverFrom, ObserverUntil));
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Member, MemberFrom, null));

        await forum.UpdateMemberAsync("5032", ObserverFrom, new Member("5032", MembershipRole.Observer, ObserverFrom, new DateOnly(2012, 12, 31)));
        await forum.UpdateMemberAsync("5032", null, new Member("5032", MembershipRole.Member, MemberFrom, MemberUntil));
        var periods = (await forum.GetAsync()).Members;
        Assert.Equal([new DateOnly(2012, 12, 31), MemberUntil], periods.Select(m => m.Until));

        await forum.RemoveMemberAsync("5032", ObserverFrom);
        var left = Assert.Single((await forum.GetAsync()).Members);
        Assert.Equal(MemberFrom, left.From);
        Assert.Equal(MemberFrom, Assert.Single((await selbu.GetAsync()).Forums, f => f.ForumId == forumId).From);
    }

    [Fact]
    public async Task An_overlapping_period_is_refused_naming_from_and_nothing_changes()
    {
        await Seed.MunicipalityAsync(fixture.Grains, "5032", "Selbu");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("periods"));
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Observer, ObserverFrom, ObserverUntil));
        await forum.AddMemberAsync(new Member("5032", MembershipRole.Member, MemberFrom, null));
        var before = await forum.GetAsync();

        var added = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.AddMemberAsync(new Member("5032", MembershipRole.Member, new DateOnly(2013, 6, 1), new DateOnly(2013, 6, 30))));
        var stretched = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.UpdateMemberAsync("5032", ObserverFrom, new Member("5032", MembershipRole.Observer, ObserverFrom, null)));
        var backwards = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.UpdateMemberAsync("5032", ObserverFrom, new Member("5032", MembershipRole.Observer, ObserverFrom, new DateOnly(2009, 1, 1))));

        Assert.Equal((ErrorKind.Conflict, "from"), (added.Kind, added.Field));
        Assert.Equal((ErrorKind.Conflict, "from"), (stretched.Kind, stretched.Field));
        Assert.Equal((ErrorKind.Invalid, "until"), (backwards.Kind, backwards.Field));
        var after = await forum.GetAsync();
        Assert.Equal(before.Members, after.Members);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task A_county_council_is_a_member_by_its_organisation_number()
    {
        var county = fixture.Grains.GetGrain<IOrganisationGrain>("938967091");
        await county.PutAsync(new OrganisationProfile("Nord-Trøndelag fylkeskommune", OrganisationKind.CountyCouncil, "Nord-Trøndelag", null, null, []));
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("county"));

        await forum.AddMemberAsync(new Member("938967091", MembershipRole.Member, ObserverFrom, new DateOnly(2017, 12, 31)));
        var unknown = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.AddMemberAsync(new Member("958731558", MembershipRole.Member, ObserverFrom, null)));

        Assert.Equal("938967091", Assert.Single((await forum.GetAsync()).MembersOn(new DateOnly(2015, 1, 1))).MunicipalityId);
        Assert.Equal(forum.GetPrimaryKeyString(), Assert.Single((await county.GetAsync()).Forums).ForumId);
        Assert.Equal((ErrorKind.Invalid, "organisationNumber"), (unknown.Kind, unknown.Field));
    }
}
