namespace Collaboration.Municipalities;

/// <summary>A body's record of its forum memberships, as the forums report them; shared by municipalities and organisations.</summary>
internal static class ForumMemberships
{
    /// <summary>Replaces the periods recorded for one forum; false when they were already so.</summary>
    public static bool Replace(this List<ForumMembership> forums, string forumId, IReadOnlyList<ForumMembership> periods)
    {
        var current = forums.Where(f => f.ForumId == forumId).OrderBy(f => f.From).ToList();
        var wanted = periods.OrderBy(f => f.From).ToList();
        if (current.SequenceEqual(wanted))
        {
            return false;
        }

        forums.RemoveAll(f => f.ForumId == forumId);
        forums.AddRange(wanted);
        return true;
    }
}
