namespace Collaboration.Municipalities;

/// <summary>A body's record of its forum memberships, as the forums report them; shared by municipalities and organisations.</summary>
internal static class ForumMemberships
{
    /// <summary>Records or updates the membership; false when it was already so.</summary>
    public static bool Set(this List<ForumMembership> forums, ForumMembership membership)
    {
        var index = forums.FindIndex(f => f.ForumId == membership.ForumId);
        if (index >= 0 && forums[index] == membership)
        {
            return false;
        }

        if (index >= 0)
        {
            forums[index] = membership;
        }
        else
        {
            forums.Add(membership);
        }

        return true;
    }
}
