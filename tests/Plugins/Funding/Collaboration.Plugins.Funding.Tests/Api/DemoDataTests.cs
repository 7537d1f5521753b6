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
        Assert.Superset(new HashSet<string> { "accepted", "declined", "invited" }, states);
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
