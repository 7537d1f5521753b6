namespace Collaboration.Funding.Tests.Api;

/// <summary>The Funding demo data from the 3 June 2022 minutes, loaded after the core's.</summary>
[Collection(FundingApiCollection.Name)]
public sealed class DemoDataTests(FundingApiFixture fixture)
{
    [Fact]
    public async Task The_jordvern_call_has_a_joint_application_led_by_Trondheim_with_partners_in_different_states()
    {
        var call = await fixture.Http.ReadAsync("/api/funding/calls/jordvern-2022");
        Assert.Equal("Landbruksdirektoratet", (string?)call["funder"]);
        Assert.Equal("100000.00", (string?)call["maxPerMunicipality"]);

        var application = await fixture.Http.ReadAsync("/api/funding/applications/jordvern-2022-trondheimsregionen");
        Assert.Equal("5001", (string?)application["lead"]!["id"]);
        var states = application["partners"]!.AsArray().Select(p => (string)p!["state"]!).ToHashSet();
        Assert.Equal(new HashSet<string> { "accepted", "declined", "expired" }, states);

        // The call closed on 1 October 2022: Stjørdal's unanswered invitation lapsed then.
        Assert.Equal("closed", (string?)call["status"]);
        Assert.Equal("expired", (string?)application["partners"]!.AsArray().Single(p => (string?)p!["kommunenummer"] == "5035")!["state"]);
        Assert.DoesNotContain((await fixture.Http.ReadAsync("/api/funding/municipalities/5035"))["invitations"]!.AsArray(),
            i => (string?)i!["applicationId"] == "jordvern-2022-trondheimsregionen");
    }

    [Fact]
    public async Task Every_municipality_in_the_demo_asks_at_most_its_calls_maximum_per_municipality()
    {
        var checkedPartners = 0;
        foreach (var call in (await fixture.Http.ReadAsync("/api/funding/calls"))["calls"]!.AsArray())
        {
            var most = call!["maxPerMunicipality"].Amount();
            foreach (var record in (await fixture.Http.ReadAsync($"/api/funding/calls/{call["id"]}/applications"))["applications"]!.AsArray())
            {
                var application = await fixture.Http.ReadAsync($"/api/funding/applications/{record!["id"]}");
                foreach (var partner in application["partners"]!.AsArray().Where(p => p!["share"] is not null))
                {
                    Assert.True(partner!["share"]!["requested"].Amount() <= most, $"{partner["kommunenummer"]} in {record["id"]}");
                    checkedPartners++;
                }
            }
        }

        Assert.True(checkedPartners >= 15, $"only {checkedPartners} partners with amounts in the demo");
    }

    [Fact]
    public async Task Klimasats_2022_has_two_granted_applications_and_talent_attraction_is_open()
    {
        var klimasats = await fixture.Http.ReadAsync("/api/funding/calls/klimasats-2022");
        var talent = await fixture.Http.ReadAsync("/api/funding/calls/talent-attraction-2023");

        Assert.Equal(2, (int)klimasats["statistics"]!["granted"]!);
        Assert.Equal("2 granted of 310", (string?)klimasats["statistics"]!["summary"]);
        Assert.Equal("open", (string?)talent["status"]);
        Assert.Contains((await fixture.Http.ReadAsync("/api/funding/municipalities/5054"))["openCalls"]!.AsArray(),
            c => (string?)c!["callId"] == "talent-attraction-2023");
    }
}
