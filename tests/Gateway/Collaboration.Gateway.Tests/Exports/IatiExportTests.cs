using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Collaboration.Gateway.Tests.Exports;

/// <summary>
/// The IATI 2.03 export of the demo portfolio, read without a token and validated against the
/// published IATI 2.03 activity schema (kept unchanged beside these tests).
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed class IatiExportTests(DemoSiloFixture fixture)
{
    private const string Reporter = "NO-BRC-942110464";

    private async Task<(XDocument Document, string Text)> ReadAsync()
    {
        using var response = await fixture.Silo.Anonymous.GetAsync(new Uri("/api/exports/iati.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return (XDocument.Parse(text), text);
    }

    private static XElement Activity(XDocument document, string key) =>
        document.Root!.Elements("iati-activity").Single(a => (string)a.Element("iati-identifier")! == $"{Reporter}-{key}");

    [Fact]
    public async Task The_demo_portfolio_validates_against_the_IATI_2_03_schema()
    {
        var (document, text) = await ReadAsync();

        Assert.Empty(SchemaErrors(text));

        // The same document with one element out of the schema's order does not: the check has teeth.
        var first = document.Root!.Element("iati-activity")!;
        var status = first.Element("activity-status")!;
        status.Remove();
        first.Element("title")!.AddBeforeSelf(status);
        Assert.NotEmpty(SchemaErrors(document.ToString()));
    }

    private static List<string> SchemaErrors(string text)
    {
        // The schema includes iati-common.xsd and imports xml.xsd from its own folder; nothing is fetched from the network.
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Exports", "Iati203", "iati-activities-schema.xsd"));
        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(text), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    [Fact]
    public async Task Every_project_and_application_is_an_activity_of_the_reporting_organisation()
    {
        var (document, _) = await ReadAsync();
        var root = document.Root!;

        Assert.Equal("2.03", (string?)root.Attribute("version"));
        var activities = root.Elements("iati-activity").ToList();
        Assert.Equal(6 + 3 + 4, activities.Count);
        Assert.All(activities, a =>
        {
            Assert.StartsWith($"{Reporter}-", (string)a.Element("iati-identifier")!, StringComparison.Ordinal);
            Assert.Equal(Reporter, (string?)a.Element("reporting-org")!.Attribute("ref"));
            Assert.Equal("Trondheim", (string?)a.Element("reporting-org")!.Element("narrative"));
            Assert.Equal("NOK", (string?)a.Attribute("default-currency"));
            Assert.NotNull(a.Attribute("last-updated-datetime"));
        });
        Assert.Equal(activities.Count, activities.Select(a => (string)a.Element("iati-identifier")!).Distinct().Count());
    }

    [Fact]
    public async Task A_project_has_its_lead_accountable_its_participants_implementing_and_a_budget_per_year()
    {
        var (document, _) = await ReadAsync();

        var trondheimCom = Activity(document, "project-trondheim-com");
        var organisations = Organisations(trondheimCom).ToList();
        Assert.Equal("2:NO-BRC-942110464", organisations[0]);
        Assert.Contains("4:NO-BRC-938726027", organisations); // Melhus
        Assert.Equal(8, organisations.Count);
        var talent = Activity(document, "project-talent-attraction-management");
        Assert.Equal(new[] { ("2023-01-01", "2023-12-31", "1500000.00"), ("2024-01-01", "2024-12-31", "1500000.00") }, Budgets(talent));
        Assert.All(talent.Elements("budget"), b => Assert.Equal("NOK", (string?)b.Element("value")!.Attribute("currency")));
        Assert.Contains(talent.Elements("activity-date"), d => (string?)d.Attribute("iso-date") == "2022-06-03");
    }

    [Fact]
    public async Task A_granted_application_led_by_a_forum_is_under_implementation_with_the_forum_accountable()
    {
        var (document, _) = await ReadAsync();

        var application = Activity(document, "application-klimasats-2022-utslippsfrie-byggeplasser");
        Assert.Equal("2", (string?)application.Element("activity-status")!.Attribute("code"));
        var accountable = application.Elements("participating-org").Single(o => (string?)o.Attribute("role") == "2");
        Assert.Equal("Trondheimsregionen – Regionrådet", (string?)accountable.Element("narrative"));
        Assert.Equal(4, application.Elements("participating-org").Count(o => (string?)o.Attribute("role") == "4"));
        Assert.Contains("innvilget 960000 NOK", (string?)application.Element("description")!.Element("narrative"), StringComparison.Ordinal);
        Assert.NotEmpty(Budgets(application));
    }

    private static IEnumerable<string> Organisations(XElement activity) =>
        activity.Elements("participating-org").Select(o => $"{o.Attribute("role")?.Value}:{o.Attribute("ref")?.Value}");

    private static (string, string, string)[] Budgets(XElement activity) =>
        [.. activity.Elements("budget").Select(b => (
            (string)b.Element("period-start")!.Attribute("iso-date")!,
            (string)b.Element("period-end")!.Attribute("iso-date")!,
            b.Element("value")!.Value))];
}
