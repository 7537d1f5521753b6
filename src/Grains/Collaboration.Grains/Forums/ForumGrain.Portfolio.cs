using Collaboration.Portfolio;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    public Task<PortfolioReport> DescribeAsync() => Task.FromResult(Describe());

    // The forum's state is written first; the report replaces the last one, so the next change
    // (or a rebuild of the portfolio) repairs a report that failed.
    public Task RefreshAsync() => GrainFactory.ReportToPortfolioAsync(Describe());

    /// <summary>Follow-ups not done (a body that owns one must act on it), and the decisions of cases that name projects.</summary>
    private PortfolioReport Describe()
    {
        var source = this.GetGrainId().ToString();
        if (state.State.Profile is null)
        {
            return PortfolioReport.Empty(source);
        }

        // Only the cases that name projects are taken from the forum's years of cases, and found
        // by number, so the report costs what it holds rather than the forum's history.
        var cases = Meetings
            .SelectMany(m => m.Items.Where(i => i.Number is not null && i.Content.Projects.Count > 0).Select(i => (Meeting: m, Item: i)))
            .ToList();
        var decisions = cases.SelectMany(c => c.Item.Content.Projects.Select(project => new PortfolioDecision(
            PortfolioKey.Project(project), c.Item.Number!, Id, c.Item.Content.Title, c.Meeting.Details.Date, c.Item.Content.Decision)));
        var projectOf = new Dictionary<CaseNumber, string>();
        foreach (var (_, item) in cases)
        {
            projectOf.TryAdd(item.Number!, item.Content.Projects[0]);
        }

        var deadlines = FollowUps
            .Where(f => f.Status != FollowUpStatus.Done)
            .Select(f =>
            {
                var project = projectOf.GetValueOrDefault(f.Case);
                return new PortfolioDeadline(PortfolioDeadlineKind.FollowUpDue, f.Content.Deadline, f.Content.What,
                    project is null ? null : PortfolioKey.Project(project), f.Content.Owner?.BodyId, Id, f.Case.ToString())
                {
                    // A follow-up a body owns is that body's; any other is every member's on the day it falls due.
                    Concerns = f.Content.Owner?.BodyId is null ? MembersOn(DateOnly.FromDateTime(f.Content.Deadline.DateTime)) : [],
                };
            });
        return new PortfolioReport(source, null, null, [.. deadlines], [.. decisions]);
    }

    private string[] MembersOn(DateOnly day) =>
        [.. state.State.Members.Where(m => m.InForceOn(day)).Select(m => m.MunicipalityId).Distinct()];
}
