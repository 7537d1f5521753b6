using Collaboration.Gateway.Apis.Webhooks;
using Collaboration.Journal;
using Collaboration.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Tests.Webhooks;

/// <summary>
/// The guard against reaching inside (SSRF) with the default settings: https only, and no
/// loopback, private, link-local, shared or unspecified address, when a subscription is made and
/// again when a delivery connects.
/// </summary>
[Collection(WebhookCollection.Name)]
public sealed class WebhookNetworkTests(WebhookFixture fixture)
{
    private static readonly IOptions<WebhookOptions> Defaults = Options.Create(new WebhookOptions());

    [Theory]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://192.168.0.10/hook")]
    [InlineData("https://172.16.5.4/hook")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:169.254.169.254]/hook")]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://hooks.example.org/collaboration")]
    public async Task A_url_that_reaches_inside_or_is_not_https_is_refused_by_default(string url)
    {
        var target = new WebhookTarget(Defaults, fixture.Silo.Services.GetRequiredService<ObjectKinds>());

        var refusal = await Assert.ThrowsAsync<CollaborationException>(() => target.UrlAsync(url, "url"));

        Assert.Equal(ErrorKind.Invalid, refusal.Kind);
        Assert.Equal("url", refusal.Field);
    }

    [Fact]
    public async Task A_delivery_is_refused_at_connect_time_to_an_address_not_allowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Options.Create(new WebhookOptions { AllowHttp = true });
        using var sender = new WebhookSender(options, TimeProvider.System);
        var message = new WebhookMessage(new Uri(receiver.Url), WebhookSignature.NewSecret(), "evt-1", "{}"u8.ToArray());

        var attempt = await sender.SendOnceAsync(message, CancellationToken.None);

        Assert.Equal(DeliveryResult.Failed, attempt.Result);
        Assert.Contains("no address webhooks may reach", attempt.Detail, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);

        // The same sender allowed loopback does reach it: the refusal was the guard's.
        using var allowed = new WebhookSender(Options.Create(new WebhookOptions { AllowHttp = true, AllowedNetworks = ["127.0.0.0/8"] }), TimeProvider.System);
        Assert.Equal(DeliveryResult.Delivered, (await allowed.SendOnceAsync(message, CancellationToken.None)).Result);
    }
}
