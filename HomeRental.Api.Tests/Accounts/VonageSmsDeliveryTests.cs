using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Accounts;

/// <summary>The whole SMS flow through the Vonage sender, against a loopback server that answers like Vonage.</summary>
public sealed class VonageSmsDeliveryTests : IAsyncLifetime
{
    private readonly FakeVonageServer vonage = new();
    private HomeRentalFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await vonage.StartAsync();
        factory = CreateFactory(vonage.SmsConfiguration(timeoutSeconds: 2));
        client = factory.CreateApiClient();
    }

    private static HomeRentalFactory CreateFactory(IReadOnlyDictionary<string, string?> smsSettings)
    {
        var created = new HomeRentalFactory();
        foreach (var (key, value) in smsSettings)
        {
            created.WithSetting(key, value);
        }
        return created;
    }

    [Fact]
    public async Task The_code_reaches_the_phone_in_international_form_and_registers_the_account()
    {
        var phone = AccountSteps.NewPhone();

        var response = await factory.RequestSmsCodeAsync(client, phone);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var message = vonage.Messages.Should().ContainSingle().Subject;
        message.To.Should().Be("86" + phone);
        var code = vonage.LastCodeSentTo(phone);
        code.Should().Be(await factory.Store().GetAsync($"sms:code:{phone}"));
    }

    [Theory]
    [InlineData(FakeVonageMode.Throttled)]
    [InlineData(FakeVonageMode.ServerError)]
    [InlineData(FakeVonageMode.Timeout)]
    public async Task A_provider_failure_is_502_and_the_person_may_retry_at_once(FakeVonageMode mode)
    {
        var phone = AccountSteps.NewPhone();
        vonage.Mode = mode;

        var failed = await factory.RequestSmsCodeAsync(client, phone);

        await failed.ShouldBeProblemAsync(HttpStatusCode.BadGateway, "sms_provider_error");
        (await factory.Store().GetAsync($"sms:sent:{phone}")).Should().BeNull();
        (await factory.Store().GetAsync($"sms:code:{phone}")).Should().BeNull();

        vonage.Mode = FakeVonageMode.Success;
        var retried = await factory.RequestSmsCodeAsync(client, phone);
        retried.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Wrong_credentials_are_502()
    {
        await using var otherAccount = new FakeVonageServer(apiKey: "other-key", apiSecret: "other-secret");
        await otherAccount.StartAsync();
        var settings = new Dictionary<string, string?>(vonage.SmsConfiguration()) { ["Sms:Vonage:BaseUrl"] = otherAccount.BaseUrl };
        using var misconfigured = CreateFactory(settings);

        var response = await misconfigured.RequestSmsCodeAsync(misconfigured.CreateApiClient(), AccountSteps.NewPhone());

        await response.ShouldBeProblemAsync(HttpStatusCode.BadGateway, "sms_provider_error");
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await vonage.DisposeAsync();
    }
}
