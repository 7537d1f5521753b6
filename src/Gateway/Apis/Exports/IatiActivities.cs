using System.Globalization;
using Collaboration.Money;
using Collaboration.Portfolio;
using Collaboration.Projects;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// Maps portfolio entries to IATI activities. The portfolio row says what every area reports
/// (status, years, participants, amounts); a core project adds its description, dates and
/// budget per year. Areas that report no funder leave the funding role out.
/// </summary>
/// <param name="Reporter">The reporting organisation.</param>
/// <param name="Bodies">Municipalities and organisations by body id, as IATI names them.</param>
/// <param name="ForumNames">Forum names by id, for entries a forum leads.</param>
/// <param name="KindLabels">Kind words with their labels, for descriptions.</param>
/// <param name="Statuses">Configured status codes (see <see cref="IatiStatus"/>).</param>
/// <param name="Stages">Each area's stage of its status words.</param>
/// <param name="Today">Today, to tell an actual date from a planned one.</param>
public sealed record IatiActivities(
    IatiOrganisation Reporter,
    IReadOnlyDictionary<string, IatiOrganisation> Bodies,
    IReadOnlyDictionary<string, string> ForumNames,
    IReadOnlyDictionary<string, string> KindLabels,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<string, PortfolioStage> Stages,
    DateOnly Today)
{
    /// <summary>The activity of <paramref name="row"/>; null when no date of it is known, since IATI requires one.</summary>
    public IatiActivity? From(PortfolioRow row, Project? project)
    {
        var status = IatiStatus.Of(row.Status, Statuses, Stages);
        var dates = Dates(row, project?.Profile, status);
        if (dates.Count == 0)
        {
            return null;
        }

        return new IatiActivity(
            $"{Reporter.Ref}-{row.Key.Replace('/', '-')}",
            row.Title,
            Description(row, project?.Profile),
            Organisations(row),
            status,
            dates,
            Budgets(row, project?.Profile));
    }

    private List<IatiDate> Dates(PortfolioRow row, ProjectProfile? profile, int status)
    {
        var started = status is 2 or 3 or 4 or 6;
        var dates = new List<IatiDate>();
        if (profile?.Start is { } start)
        {
            dates.Add(new(started && start <= Today ? IatiDate.ActualStart : IatiDate.PlannedStart, start));
        }
        else if (row.FromYear is { } from)
        {
            dates.Add(new(IatiDate.PlannedStart, new DateOnly(from, 1, 1)));
        }

        if (profile?.End is { } end)
        {
            dates.Add(new(status == 4 && end <= Today ? IatiDate.ActualEnd : IatiDate.PlannedEnd, end));
        }
        else if (row.ToYear is { } to)
        {
            dates.Add(new(IatiDate.PlannedEnd, new DateOnly(to, 12, 31)));
        }

        return dates;
    }

    private string Description(PortfolioRow row, ProjectProfile? profile)
    {
        var text = string.IsNullOrWhiteSpace(profile?.Description)
            ? $"{KindLabels.GetValueOrDefault(row.Kind, row.Kind)}: {row.Title}."
            : profile.Description.Trim();
        if (row.Themes.Count > 0)
        {
            text += $" Tema: {string.Join(", ", row.Themes)}.";
        }

        if (row.Requested > 0 || row.Granted > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" Søkt {row.Requested:0.##} NOK, innvilget {row.Granted:0.##} NOK.");
        }

        return text;
    }

    private List<IatiOrganisation> Organisations(PortfolioRow row)
    {
        var leads = row.Participants.Where(p => p.Role == PortfolioRole.Lead).Select(p => Body(p.MunicipalityId, IatiOrganisation.Accountable)).ToList();
        if (leads.Count == 0)
        {
            // A forum leads it, or nobody said: the forum, else the reporter, answers for it.
            leads.Add(row.OwnerForumId is { } forum && ForumNames.TryGetValue(forum, out var name)
                ? new IatiOrganisation(null, name, IatiOrganisation.LocalGovernment, IatiOrganisation.Accountable)
                : Reporter with { Role = IatiOrganisation.Accountable });
        }

        return [.. leads, .. row.Participants.Where(p => p.Role == PortfolioRole.Participant).Select(p => Body(p.MunicipalityId, IatiOrganisation.Implementing))];
    }

    private IatiOrganisation Body(string id, int role) =>
        Bodies.TryGetValue(id, out var body) ? body with { Role = role }
        : new IatiOrganisation(Collaboration.Organisations.Bodies.IsOrganisationNumber(id) ? IatiOrganisation.RefOf(id) : null, id, IatiOrganisation.LocalGovernment, role);

    private static List<IatiBudget> Budgets(PortfolioRow row, ProjectProfile? profile)
    {
        if (profile is { Budget.Count: > 0 })
        {
            return [.. profile.Budget.Where(b => b.Amount > 0).OrderBy(b => b.Year).Select(b => new IatiBudget(b.Year, b.Amount))];
        }

        if (row.Budget <= 0 || row.FromYear is not { } from)
        {
            return [];
        }

        // The portfolio knows the total only: spread evenly over the years it runs, to the øre.
        var years = Enumerable.Range(from, Math.Max((row.ToYear ?? from) - from, 0) + 1).ToList();
        var parts = ProRata.Split(row.Budget, [.. years.Select(y => (y.ToString(CultureInfo.InvariantCulture), 1m))]);
        return [.. years.Select(y => new IatiBudget(y, parts[y.ToString(CultureInfo.InvariantCulture)]))];
    }
}
