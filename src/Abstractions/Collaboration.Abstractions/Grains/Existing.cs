namespace Collaboration;

/// <summary>The one existence check of a grain: an object not created yet is NotFound.</summary>
public static class Existing
{
    /// <summary>
    /// The object's content, or a NotFound refusal with <paramref name="notFound"/> when it has
    /// none: the grain of any key can be called, but only a created object answers.
    /// </summary>
    public static T OrNotFound<T>(T? content, string notFound)
        where T : class => content ?? throw CollaborationException.NotFound(notFound);
}
