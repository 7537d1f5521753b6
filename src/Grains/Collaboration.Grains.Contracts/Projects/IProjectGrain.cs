
namespace Collaboration.Projects;

/// <summary>A project of the region, keyed by a slug such as "talent-attraction-management".</summary>
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>The project; NotFound when it was never created.</summary>
    Task<Project> GetAsync();

    /// <summary>Creates the project (status idea) or replaces its profile; the status is kept.</summary>
    Task<Project> PutAsync(ProjectProfile profile);

    /// <summary>Adds a participating body (a municipality or a registered organisation) or changes its role; Invalid when the body is not registered.</summary>
    Task<Project> PutParticipantAsync(Participant participant);

    /// <summary>Removes a participating body (kommunenummer or organisation number); NotFound when it does not take part.</summary>
    Task<Project> RemoveParticipantAsync(string municipalityId);

    /// <summary>
    /// Moves the project along idea → planned → active → completed, or to cancelled from any
    /// open status. Other transitions are a Conflict.
    /// </summary>
    Task<Project> ChangeStatusAsync(ProjectStatus status);
}
