using Collaboration.Forums;
using Collaboration.Municipalities;

namespace Collaboration.Grains.Tests;

/// <summary>Creates what a test needs, under ids of its own so tests never share a forum.</summary>
public static class Seed
{
    public static string NewForumId(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static async Task<IMunicipalityGrain> MunicipalityAsync(IGrainFactory grains, string id, string name = "Testkommune")
    {
        var municipality = grains.GetGrain<IMunicipalityGrain>(id);
        await municipality.PutAsync(new MunicipalityProfile(name, "Trøndelag", new Population(1000, 2022, null), []));
        return municipality;
    }

    public static async Task<IForumGrain> ForumAsync(IGrainFactory grains, string id, string prefix = "KF")
    {
        var forum = grains.GetGrain<IForumGrain>(id);
        await forum.PutAsync(new ForumProfile("Testforum", ForumKind.Directors, null, prefix, null));
        return forum;
    }

    public static MeetingDetails Meeting(DateOnly date) => new(date, "Rådhuset", new TimeOnly(8, 30), new TimeOnly(11, 0), [], []);

    public static AgendaItemDraft Item(string title, params FollowUpDraft[] followUps) =>
        new(title, null, null, [], [], [], followUps, null);
}
