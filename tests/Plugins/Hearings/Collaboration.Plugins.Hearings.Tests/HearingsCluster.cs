using Collaboration.Forums;
using Collaboration.Municipalities;

namespace Collaboration.Hearings.Tests;

/// <summary>A two-silo test cluster on SQLite with the Hearings plugin, and the municipalities hearings ask.</summary>
public sealed class HearingsCluster : TestClusterFixture
{
    /// <summary>Registered municipalities: 4601–4620 (pattern-valid numbers of one county).</summary>
    public static readonly IReadOnlyList<string> Municipalities = [.. Enumerable.Range(4601, 20).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    protected override Task SeedAsync() =>
        Task.WhenAll(Municipalities.Select(id =>
            Grains.GetGrain<IMunicipalityGrain>(id).PutAsync(new MunicipalityProfile($"Kommune {id}", "Vestland", new Population(5000, 2022, null), []))));

    /// <summary>A forum of its own whose members since 2020 are <paramref name="members"/>, with case RR 1 of this year registered.</summary>
    public async Task<string> ForumWithCaseAsync(params string[] members)
    {
        var id = $"forum-{Guid.NewGuid():N}"[..20];
        var forum = Grains.GetGrain<IForumGrain>(id);
        await forum.PutAsync(new ForumProfile("Regionråd", ForumKind.Council, null, "RR", null));
        foreach (var member in members)
        {
            await forum.AddMemberAsync(new Member(member, MembershipRole.Member, new DateOnly(2020, 1, 1), null));
        }

        var meeting = await forum.CreateMeetingAsync(new MeetingDetails(DateOnly.FromDateTime(DateTime.Today), null, null, null, [], []));
        await forum.AddAgendaItemAsync(meeting.Id, new AgendaItemDraft("Regional strategi", null, null, [], [], [], [], null));
        return id;
    }

    /// <summary>Sends the forum's first case of this year to the members, due <paramref name="deadline"/> (default in 30 days).</summary>
    public async Task<IHearingGrain> SendAsync(string forumId, AdoptionRule? rule = null, DateTimeOffset? deadline = null, IReadOnlyList<string>? bodies = null)
    {
        var year = DateTime.Today.Year;
        var hearing = Grains.GetGrain<IHearingGrain>(HearingsPlugin.HearingId(forumId, year, 1));
        await hearing.SendAsync(new NewHearing(forumId, year, 1, HearingKind.Decision, null, deadline ?? DateTimeOffset.UtcNow.AddDays(30), null,
            [new HearingDocument("Strategi", "https://example.org/strategi.pdf")], bodies, rule ?? AdoptionRule.All));
        return hearing;
    }

    /// <summary>A treatment with the given outcome.</summary>
    public static Treatment Treated(Outcome outcome) => new(TreatingBody.Kommunestyre, new DateOnly(2022, 9, 1), "PS 45/22", outcome,
        outcome == Outcome.AdoptedWithChanges ? "Punkt 3 strykes." : null);
}

[CollectionDefinition(Name)]
public sealed class HearingsCollection : ICollectionFixture<HearingsCluster>
{
    public const string Name = "hearings";
}
