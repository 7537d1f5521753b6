using Collaboration.Projects;

namespace Collaboration.Access;

/// <summary>Who may change a project (and the joint project of the same id): its owner forum's secretariat.</summary>
public static class ProjectOwner
{
    /// <summary>
    /// The secretariat of the project's owner forum; for a project not created yet, of
    /// <paramref name="proposedOwner"/>. A project without an owner forum is an admin's.
    /// </summary>
    public static async ValueTask<Parties> PartiesAsync(IGrainFactory grains, string projectId, string? proposedOwner = null)
    {
        try
        {
            var project = await grains.GetGrain<IProjectGrain>(projectId).GetAsync();
            return Parties.Forum(project.Profile.OwnerForumId);
        }
        catch (CollaborationException missing) when (missing.Kind == ErrorKind.NotFound)
        {
            return Parties.Forum(proposedOwner);
        }
    }
}
