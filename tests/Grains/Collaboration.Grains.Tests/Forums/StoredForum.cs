using System.Text.Json.Nodes;
using Collaboration.Forums;
using Collaboration.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Collaboration.Grains.Tests.Forums;

/// <summary>What the database holds of a forum: its own row and its pages' rows, and the forum they make together.</summary>
public sealed class StoredForum(ClusterFixture fixture, string forumId)
{
    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

    /// <summary>The forum's own row.</summary>
    public async Task<ForumState> RowAsync()
    {
        var row = new GrainState<ForumState>(new ForumState());
        await Storage.ReadStateAsync(CoreKinds.ForumState, fixture.Grains.GetGrain<IForumGrain>(forumId).GetGrainId(), row);
        return row.State!;
    }

    /// <summary>Page <paramref name="number"/>'s own row; null when never written.</summary>
    public async Task<ForumPage?> PageRowAsync(int number)
    {
        var row = new GrainState<ForumPage>(new ForumPage());
        await Storage.ReadStateAsync(ForumPage.StateName, GrainId.Create(ForumPage.StateName, ForumPage.Key(forumId, number)), row);
        return row.RecordExists ? row.State : null;
    }

    /// <summary>
    /// The forum's form as the journal shows it, made from its rows: every meeting (pending with
    /// the forum's row, or in its page's row) and every follow-up inside it, as when it was one row.
    /// </summary>
    public async Task<JsonNode> FormAsync()
    {
        var state = await RowAsync();
        var pages = new List<ForumPage>();
        for (var n = 0; n < state.MeetingCount; n++)
        {
            pages.Add(state.Pending.Find(p => p.Number == n) ?? await PageRowAsync(n) ?? throw new InvalidOperationException($"Page {n} is stored nowhere."));
        }

        state.Meetings = [.. pages.Select(p => p.Meeting!)];
        state.FollowUps = [.. state.FollowUps.Concat(pages.SelectMany(p => p.FollowUps)).OrderBy(f => f.Id)];
        return WithoutBookkeeping(JsonNode.Parse(JournalForm.Of(state))!);
    }

    /// <summary>The form of a forum never stored, which the first journal record starts from.</summary>
    public static JsonNode EmptyForm() => WithoutBookkeeping(JsonNode.Parse(JournalForm.Of(new ForumState()))!);

    /// <summary>The size of the forum's own row as stored.</summary>
    public Task<long> RowBytesAsync() => StoredRows.PayloadSizeAsync(fixture.Storage, CoreKinds.ForumState, forumId);

    /// <summary>The sizes of its pages' rows as stored.</summary>
    public async Task<long> PageBytesAsync(int pages)
    {
        var bytes = 0L;
        for (var n = 0; n < pages; n++)
        {
            bytes += await PageRowAsync(n) is null ? 0 : await StoredRows.PayloadSizeAsync(fixture.Storage, ForumPage.StateName, ForumPage.Key(forumId, n));
        }

        return bytes;
    }

    private static JsonNode WithoutBookkeeping(JsonNode form)
    {
        foreach (var field in new[] { "change", "version", "meetingCount", "pending" })
        {
            form.AsObject().Remove(field);
        }

        return form;
    }
}
