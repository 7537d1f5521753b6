using Collaboration.Access;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>An operator opens Orleans' dashboard in a real browser: refused, signs in with an admin's token, sees the cluster.</summary>
public sealed class DashboardPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Fact]
    public async Task An_operator_signs_in_with_an_admin_token_and_the_dashboard_loads_its_data()
    {
        var (page, errors) = await fixture.OpenAsync("/dashboard/");
        await page.Locator("a[href='/dashboard/sign-in']").ClickAsync();

        await page.Locator("#token").FillAsync(fixture.Token(new("drift", Roles.Admin)));
        errors.Clear(); // the refusal before signing in is logged as a failed load
        await page.Locator("#signin button").ClickAsync();
        await page.WaitForURLAsync("**/dashboard/");

        await Expect(page.GetByText("Active Silos")).ToBeVisibleAsync();
        await Expect(page.GetByText("Total Activations")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "dashboard-overview");
        await Expect(page.Locator("#error-message-content")).ToBeEmptyAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_token_that_is_not_an_admins_is_refused_on_the_sign_in_page()
    {
        var (page, _) = await fixture.OpenAsync("/dashboard/sign-in");

        await page.Locator("#token").FillAsync(fixture.Token(new("leser", Roles.Viewer)));
        await page.Locator("#signin button").ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync("Tokenet er ikke en administrators.");
        Assert.EndsWith("/dashboard/sign-in", page.Url, StringComparison.Ordinal);
    }
}
