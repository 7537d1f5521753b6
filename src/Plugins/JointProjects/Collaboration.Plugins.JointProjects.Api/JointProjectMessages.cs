using Collaboration.Api;
using Collaboration.JointProjects.Agreements;

namespace Collaboration.JointProjects.Api;

/// <summary>Maps the JointProjects API between the wire and the grain contracts; shape checks happen here.</summary>
internal static class JointProjectMessages
{
    /// <summary>What a PATCH may change of a joint project: its budget. Keys are drafted and adopted by their own actions, answers by each municipality.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "budget" };

    public static CostKey ToKey(this V1.SetKeyRequest r) => new(
        Field.Enum<CostKeyKind>(r.Kind, "kind"),
        r.HasPopulationYear ? Field.Year(r.PopulationYear, "populationYear") : null,
        Field.OptionalAmount(r.BaseAmount, "baseAmount"),
        r.Values.Count == 0 ? null : r.Values
            .Select((v, i) => (Id: Field.Kommunenummer(v.Kommunenummer, $"values[{i}].kommunenummer"), Value: Field.Amount(v.Value, $"values[{i}].value")))
            .GroupBy(v => v.Id)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Value
                : throw CollaborationException.Invalid("values", $"Municipality {g.Key} appears more than once in the key.")));

    public static IReadOnlyList<CostLine> ToLines(IEnumerable<V1.CostLine> lines, int? year = null) =>
        [.. lines.Select((l, i) => new CostLine(
            year is { } y && l.Year == 0 ? y : Field.Year(l.Year, $"lines[{i}].year"),
            Field.Required(l.Category, $"lines[{i}].category", 100),
            Field.Amount(l.Amount, $"lines[{i}].amount")))];

    /// <summary>The municipalities a joint project names by kommunenummer alone: invited, and in the draft key.</summary>
    public static IEnumerable<string> MunicipalitiesIn(JointProject project) =>
        project.Invitations.Keys.Concat(project.DraftKey?.Values?.Keys ?? []);

    /// <summary>The joint project, each municipality with its name from <paramref name="names"/> (those registered).</summary>
    public static V1.JointProject ToMessage(this JointProject project, IReadOnlyDictionary<string, string> names)
    {
        var message = new V1.JointProject { Id = project.Id, Title = project.Title, DraftKey = project.DraftKey?.ToMessage(names) };
        message.Invitations.AddRange(project.Invitations.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i =>
        {
            var invitation = new V1.Invitation { Kommunenummer = i.Key, Answer = Field.Lower(i.Value) };
            if (names.GetValueOrDefault(i.Key) is { } name) invitation.Name = name;
            return invitation;
        }));
        message.Agreements.AddRange(project.Agreements.Select(a => a.ToMessage()));
        message.Budget.AddRange(project.Budget.Select(ToMessage));
        message.ActualCosts.AddRange(project.ActualCosts.Select(ToMessage));
        message.Version = project.Version;
        return message;
    }

    /// <summary>An adopted version as it was adopted: its key's values named as its parties were then.</summary>
    public static V1.Agreement ToMessage(this CostAgreement agreement)
    {
        var names = agreement.Parties.ToDictionary(p => p.MunicipalityId, p => p.Name, StringComparer.Ordinal);
        var message = new V1.Agreement { Version = agreement.Version, Key = agreement.Key.ToMessage(names), AdoptedAt = Wire.OsloInstant(agreement.AdoptedAt) };
        if (agreement.Decision is { } decision) message.Decision = decision.ToString();
        message.Parties.AddRange(agreement.Parties.Select(p =>
        {
            var party = new V1.Party { Kommunenummer = p.MunicipalityId, Name = p.Name, Population = p.Population };
            if (p.PopulationYear is { } year) party.PopulationYear = year;
            if (p.Value is { } value) party.Value = Wire.Amount(value);
            return party;
        }));
        return message;
    }

    public static V1.Allocation ToMessage(this CostAllocation allocation)
    {
        var message = new V1.Allocation
        {
            Id = allocation.ProjectId,
            Year = allocation.Year,
            Budget = allocation.Budget,
            Total = Wire.Amount(allocation.Total),
            AgreementVersion = allocation.AgreementVersion,
        };
        message.Bills.AddRange(allocation.Bills.Select(b => new V1.Bill { Kommunenummer = b.MunicipalityId, Name = b.Name, Amount = Wire.Amount(b.Amount), Basis = b.Basis }));
        return message;
    }

    private static V1.CostKey ToMessage(this CostKey key, IReadOnlyDictionary<string, string> names)
    {
        var message = new V1.CostKey { Kind = Field.Lower(key.Kind) };
        if (key.PopulationYear is { } year) message.PopulationYear = year;
        if (key.BaseAmount is { } baseAmount) message.BaseAmount = Wire.Amount(baseAmount);
        message.Values.AddRange((key.Values ?? new Dictionary<string, decimal>()).OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v =>
            {
                var value = new V1.KeyValue { Kommunenummer = v.Key, Value = Wire.Amount(v.Value) };
                if (names.GetValueOrDefault(v.Key) is { } name) value.Name = name;
                return value;
            }));
        return message;
    }

    private static V1.CostLine ToMessage(CostLine line) => new() { Year = line.Year, Category = line.Category, Amount = Wire.Amount(line.Amount) };
}
