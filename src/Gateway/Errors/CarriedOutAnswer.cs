using Collaboration.Journal;
using Microsoft.AspNetCore.Mvc;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// The answer to a retry whose earlier attempt failed in doubt but stored its work: 409, naming
/// the objects it changed, with the one the request was about as Location, so the caller reads
/// the result instead of making it twice.
/// </summary>
public static class CarriedOutAnswer
{
    /// <summary>What the caller reads.</summary>
    public const string Detail =
        "The first request with this Idempotency-Key was carried out, but its answer was lost; it is not done again. Read the result at Location.";

    /// <summary>The problem to answer, and the Location to send with it (null when no changed object has a path).</summary>
    public static (ProblemDetails Problem, string? Location) For(IReadOnlyList<JournalRecord> changes, PathString requestPath, ObjectKinds kinds, string field)
    {
        var changed = changes
            .Select(change => (change.Version, Path: kinds.ByStateName(change.Kind)?.PathOf(change.ObjectId)))
            .Where(change => change.Path is not null)
            .ToList();

        // An object the request created, else the one its path is under (a forum for its agenda), else the first.
        var location = changed.FirstOrDefault(change => change.Version == 1).Path
            ?? changed.FirstOrDefault(change => requestPath.StartsWithSegments(change.Path)).Path
            ?? changed.FirstOrDefault().Path;

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Detail = Detail,
            Extensions =
            {
                ["field"] = field,
                ["carriedOut"] = true,
                ["changed"] = changed.Select(change => change.Path).Distinct().ToList(),
            },
        };
        return (problem, location);
    }
}
