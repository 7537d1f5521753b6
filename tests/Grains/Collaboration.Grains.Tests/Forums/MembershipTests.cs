using Collaboration.Forums;
using Collaboration.Municipalities;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class MembershipTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_municipality_can_belong_to_two_councils_and_sees_both()
    {
        var indreFosen = await Seed.MunicipalityAsync(fixture.Grains, "5054", "Indre Fosen");
        var trondheimsregionen = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("trr"), "TR");
        var fosen = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("fosen"), "FR");

        await trondheimsregionen.AddMemberAsync(new Member("5054", MembershipRole.Member, new DateOnly(2018, 1, 1), null));
        await fosen.AddMemberAsync(new Member("5054", MembershipRole.Observer, new DateOnly(2020, 1, 1), null));

        var forums = (await indreFosen.GetAsync()).Forums;
        Assert.Contains(forums, f => f.ForumId == trondheimsregionen.GetPrimaryKeyString() && f.Role == MembershipRole.Member);
        Assert.Contains(forums, f => f.ForumId == fosen.GetPrimaryKeyString() && f.Role == MembershipRole.Observer);
    }

    [Fact]
    public async Task Changing_and_removing_a_member_is_mirrored_at_the_municipality()
    {
        var melhus = await Seed.MunicipalityAsync(fixture.Grains, "5028", "Melhus");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var forumId = forum.GetPrimaryKeyString();
        await forum.AddMemberAsync(new Member("5028", MembershipRole.Member, new DateOnly(2009, 1, 1), null));

        await forum.UpdateMemberAsync("5028", null, new Member("5028", MembershipRole.Member, new DateOnly(2009, 1, 1), new DateOnly(2023, 12, 31)));
        Assert.Equal(new DateOnly(2023, 12, 31), (await melhus.GetAsync()).Forums.Single(f => f.ForumId == forumId).Until);

        await forum.RemoveMemberAsync("5028", null);
        Assert.DoesNotContain((await melhus.GetAsync()).Forums, f => f.ForumId == forumId);
        Assert.Empty((await forum.GetAsync()).Members);
    }

    [Fact]
    public async Task An_overlapping_period_is_a_conflict_and_an_unregistered_municipality_is_invalid()
    {
        await Seed.MunicipalityAsync(fixture.Grains, "5031", "Malvik");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var member = new Member("5031", MembershipRole.Member, new DateOnly(2009, 1, 1), null);
        await forum.AddMemberAsync(member);

        var duplicate = await Assert.ThrowsAsync<CollaborationException>(() => forum.AddMemberAsync(member with { Role = MembershipRole.Observer }));
        var unknown = await Assert.ThrowsAsync<CollaborationException>(() => forum.AddMemberAsync(member with { MunicipalityId = "5043" }));

        Assert.Equal(ErrorKind.Conflict, duplicate.Kind);
        Assert.Equal(ErrorKind.Invalid, unknown.Kind);
        Assert.Equal(MembershipRole.Member, Assert.Single((await forum.GetAsync()).Members).Role);
    }

    [Fact]
    public async Task A_sub_forum_needs_an_existing_parent_whose_path_it_extends()
    {
        var parent = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("parent"), "TR");
        var parentId = parent.GetPrimaryKeyString();
        var child = fixture.Grains.GetGrain<IForumGrain>($"{parentId}/kommunedirektorforum");
        var orphan = fixture.Grains.GetGrain<IForumGrain>($"{Seed.NewForumId("missing")}/kommunedirektorforum");

        await child.PutAsync(new ForumProfile("Kommunedirektørforum", ForumKind.Directors, parentId, "KF", null));
        var error = await Assert.ThrowsAsync<CollaborationException>(() =>
            orphan.PutAsync(new ForumProfile("Kommunedirektørforum", ForumKind.Directors, "nowhere", "KF", null)));

        Assert.Equal(parentId, (await child.GetAsync()).Profile.ParentId);
        Assert.Equal("parentId", error.Field);
        Assert.False(await orphan.ExistsAsync());
    }

    [Fact]
    public async Task Reading_an_unregistered_municipality_is_not_found()
    {
        var error = await Assert.ThrowsAsync<CollaborationException>(() => fixture.Grains.GetGrain<IMunicipalityGrain>("5044").GetAsync());
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }
}
