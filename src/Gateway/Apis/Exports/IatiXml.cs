using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// Writes activities as an IATI 2.03 <c>iati-activities</c> document. The elements follow the
/// schema's sequence, which IATI validators enforce, so the order here is part of the format.
/// </summary>
public static class IatiXml
{
    /// <summary>The IATI version written.</summary>
    public const string Version = "2.03";

    /// <summary>The document as UTF-8 bytes; <paramref name="generated"/> is when its data was read.</summary>
    public static byte[] Write(IatiOrganisation reporter, IReadOnlyList<IatiActivity> activities, DateTimeOffset generated)
    {
        var document = new XDocument(new XElement("iati-activities",
            new XAttribute("version", Version),
            new XAttribute("generated-datetime", Instant(generated)),
            activities.Select(a => Activity(reporter, a, generated))));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    // The objects keep no time of their own last change here, so every activity is as of the
    // moment its data was read, which is when it was last known to be so.
    private static XElement Activity(IatiOrganisation reporter, IatiActivity activity, DateTimeOffset generated) =>
        new("iati-activity",
            new XAttribute("last-updated-datetime", Instant(generated)),
            new XAttribute(XNamespace.Xml + "lang", "nb"),
            new XAttribute("default-currency", "NOK"),
            new XElement("iati-identifier", activity.Identifier),
            new XElement("reporting-org", new XAttribute("ref", reporter.Ref ?? ""), new XAttribute("type", Code(reporter.Type)), Narrative(reporter.Name)),
            new XElement("title", Narrative(activity.Title)),
            new XElement("description", new XAttribute("type", "1"), Narrative(activity.Description)),
            activity.Organisations.Select(Participating),
            new XElement("activity-status", new XAttribute("code", Code(activity.Status))),
            activity.Dates.Select(d => new XElement("activity-date", new XAttribute("type", Code(d.Type)), new XAttribute("iso-date", Day(d.Day)))),
            activity.Budgets.Select(Budget));

    private static XElement Participating(IatiOrganisation organisation) =>
        new("participating-org",
            organisation.Ref is { } reference ? new XAttribute("ref", reference) : null,
            new XAttribute("role", Code(organisation.Role)),
            new XAttribute("type", Code(organisation.Type)),
            Narrative(organisation.Name));

    // Type 1 original, status 1 indicative: the figures are the portfolio's plans, not commitments.
    private static XElement Budget(IatiBudget budget) =>
        new("budget",
            new XAttribute("type", "1"),
            new XAttribute("status", "1"),
            new XElement("period-start", new XAttribute("iso-date", Day(budget.Start))),
            new XElement("period-end", new XAttribute("iso-date", Day(budget.End))),
            new XElement("value",
                new XAttribute("currency", "NOK"),
                new XAttribute("value-date", Day(budget.Start)),
                budget.Amount.ToString("0.00", CultureInfo.InvariantCulture)));

    private static XElement Narrative(string text) => new("narrative", text);

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
