namespace Collaboration.Access;

/// <summary>
/// A kind of object with a history: the path word of its routes ("forums", "applications") and
/// its grain interface, which derives from <see cref="IHistoryGrain"/>. The core and each plugin
/// register theirs as services; GET /api/{kind}/{id}/history finds the grain by it.
/// </summary>
/// <param name="Kind">The path word.</param>
/// <param name="GrainInterface">The grain interface, keyed by the object's id.</param>
public sealed record HistoryKind(string Kind, Type GrainInterface);
