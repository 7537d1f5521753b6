using System.Text.Json.Nodes;

namespace Collaboration.Hearings.Tests.Api;

/// <summary>The demo hearings as a new user sees them after the first start.</summary>
[Collection(HearingsApiCollection.Name)]
public sealed class DemoDataTests(HearingsApiFixture fixture)
{
    [Fact]
    public async Task Verdiskapingsstrategien_went_from_TR_1_22_to_the_eight_members_and_is_adopted_by_the_majority_rule()
    {
        var hearing = await fixture.Silo.Anonymous.ReadAsync("/api/hearings/trondheimsregionen-2022-1");

        Assert.Equal("TR 1/22", (string?)hearing["caseNumber"]);
        Assert.Equal("decision", (string?)hearing["kind"]);
        Assert.Equal("2022-06-17", (string?)hearing["sent"]);
        Assert.Equal("2022-10-31", (string?)hearing["deadline"]);
        Assert.Equal(8, hearing["bodies"]!.AsArray().Count);
        Assert.Equal(6, (int)hearing["summary"]!["adopted"]!);
        Assert.Equal(1, (int)hearing["summary"]!["adoptedWithChanges"]!);
        Assert.Equal(1, (int)hearing["summary"]!["notAnswered"]!);
        Assert.Equal("overdue", Status(hearing, "5054"));
        Assert.Equal("adopted", (string?)hearing["regionalOutcome"]);
        Assert.Equal("open", (string?)hearing["status"]);
    }

    [Fact]
    public async Task The_IKAP_hearing_of_2009_asked_the_members_and_observers_and_was_concluded_in_TR_5_09()
    {
        var hearing = await fixture.Silo.Anonymous.ReadAsync("/api/hearings/trondheimsregionen-2009-4");

        Assert.Equal("hearing", (string?)hearing["kind"]);
        Assert.Equal(13, hearing["bodies"]!.AsArray().Count);
        Assert.Equal("decided", Status(hearing, "958731469")); // Klæbu, merged into Trondheim since
        Assert.Equal("statement", Status(hearing, "938634556"));
        Assert.Equal("overdue", Status(hearing, "5032"));
        Assert.Equal("concluded", (string?)hearing["status"]);
        Assert.Equal("TR 5/09", (string?)hearing["conclusion"]!["caseNumber"]);
        Assert.Equal("2009-06-19", (string?)hearing["conclusion"]!["date"]);
        Assert.Equal("adopted", (string?)hearing["regionalOutcome"]);
        var listed = await fixture.Silo.Anonymous.ReadAsync("/api/hearings?forumId=trondheimsregionen");
        Assert.Equal(["trondheimsregionen-2022-1", "trondheimsregionen-2009-4"],
            listed["hearings"]!.AsArray().Select(h => (string)h!["id"]!).Where(id => id.StartsWith("trondheimsregionen-", StringComparison.Ordinal)));
    }

    private static string? Status(JsonNode hearing, string bodyId) =>
        (string?)hearing["bodies"]!.AsArray().Single(b => (string?)b!["bodyId"] == bodyId)!["status"];
}
