using System.Diagnostics;
using HomeRental.Api.SmsCodes;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeRental.Api.Tests.SmsCodes;

public sealed class VonageSmsSenderTests : IAsyncLifetime
{
    private const string Phone = "13812345678";
    private const string Code = "493027";

    private readonly FakeVonageServer vonage = new();
    private readonly RecordingLoggerProvider logs = new();
    private readonly List<ServiceProvider> serviceProviders = [];

    public Task InitializeAsync() => vonage.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var serviceProvider in serviceProviders)
        {
            await serviceProvider.DisposeAsync();
        }

        await vonage.DisposeAsync();
    }

    [Fact]
    public async Task Posts_the_form_fields_Vonage_expects_and_succeeds_on_status_0()
    {
        await CreateSender().SendCodeAsync(Phone, Code, CancellationToken.None);

        var message = vonage.Messages.Should().ContainSingle().Subject;
        message.Accepted.Should().BeTrue();
        message.Fields.Keys.Should().BeEquivalentTo("api_key", "api_secret", "from", "to", "text");
        message.Fields["api_key"].Should().Be(vonage.ApiKey);
        message.Fields["api_secret"].Should().Be(vonage.ApiSecret);
        message.From.Should().Be(FakeVonageServer.From);
        message.To.Should().Be("86" + Phone);
        message.Text.Should().Contain(Code);
        vonage.LastCodeSentTo(Phone).Should().Be(Code);
        logs.AllText.Should().NotContain(vonage.ApiSecret).And.NotContain(Code);
    }

    [Fact]
    public async Task Keeps_a_path_in_the_base_url()
    {
        var sender = CreateSender(settings => settings["Sms:Vonage:BaseUrl"] = vonage.BaseUrl + "/no-such-prefix");

        var send = () => sender.SendCodeAsync(Phone, Code, CancellationToken.None);

        // The fake serves /sms/json only, so a 404 proves the prefix was kept rather than replaced.
        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*HTTP 404*");
    }

    [Fact]
    public async Task Bad_credentials_are_a_provider_error_that_names_the_reason_but_not_the_secret()
    {
        const string WrongSecret = "wrong-secret-value";
        var sender = CreateSender(settings => settings["Sms:Vonage:ApiSecret"] = WrongSecret);

        var send = () => sender.SendCodeAsync(Phone, Code, CancellationToken.None);

        var failure = (await send.Should().ThrowAsync<SmsProviderException>()).Which;
        failure.Message.Should().Contain("Bad Credentials").And.Contain("status 4").And.NotContain(WrongSecret);
        vonage.LastCodeSentTo(Phone).Should().BeNull();
        ShouldHaveWarned("4", "Bad Credentials");
        logs.AllText.Should().NotContain(WrongSecret).And.NotContain(Code);
    }

    [Fact]
    public async Task Throttling_is_a_provider_error()
    {
        vonage.Mode = FakeVonageMode.Throttled;

        var send = () => CreateSender().SendCodeAsync(Phone, Code, CancellationToken.None);

        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*Throttled*status 1*");
        ShouldHaveWarned("1", "Throttled");
        logs.AllText.Should().NotContain(vonage.ApiSecret).And.NotContain(Code);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_fails_after_the_configured_timeout()
    {
        vonage.Mode = FakeVonageMode.Timeout;
        var sender = CreateSender(settings => settings["Sms:Vonage:TimeoutSeconds"] = "1");
        var stopwatch = Stopwatch.StartNew();

        var send = () => sender.SendCodeAsync(Phone, Code, CancellationToken.None);

        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*within 1 s*");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the sender must give up after its 1 s timeout, not hang");
        logs.AllText.Should().NotContain(vonage.ApiSecret).And.NotContain(Code);
    }

    [Fact]
    public async Task The_callers_cancellation_is_honoured_and_is_not_a_provider_error()
    {
        vonage.Mode = FakeVonageMode.Timeout;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var send = () => CreateSender().SendCodeAsync(Phone, Code, cancellation.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_server_error_is_a_provider_error()
    {
        vonage.Mode = FakeVonageMode.ServerError;

        var send = () => CreateSender().SendCodeAsync(Phone, Code, CancellationToken.None);

        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*HTTP 500*");
        logs.Entries.Should().Contain(entry => entry.Level == LogLevel.Warning && Equals(entry.Properties["HttpStatus"], 500));
    }

    [Fact]
    public async Task Malformed_json_is_a_provider_error()
    {
        vonage.Mode = FakeVonageMode.MalformedJson;

        var send = () => CreateSender().SendCodeAsync(Phone, Code, CancellationToken.None);

        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*malformed JSON*");
    }

    [Fact]
    public async Task An_unreachable_provider_is_a_provider_error()
    {
        string closedBaseUrl;
        await using (var stopped = new FakeVonageServer())
        {
            await stopped.StartAsync();
            closedBaseUrl = stopped.BaseUrl;
        }

        var sender = CreateSender(settings => settings["Sms:Vonage:BaseUrl"] = closedBaseUrl);

        var send = () => sender.SendCodeAsync(Phone, Code, CancellationToken.None);

        (await send.Should().ThrowAsync<SmsProviderException>()).WithMessage("*could not be reached*");
    }

    private ISmsSender CreateSender(Action<Dictionary<string, string?>>? adjustSettings = null)
    {
        var settings = new Dictionary<string, string?>(vonage.SmsConfiguration(timeoutSeconds: 5));
        adjustSettings?.Invoke(settings);
        var serviceProvider = SmsTestServices.Build(settings, logs);
        serviceProviders.Add(serviceProvider);

        var sender = serviceProvider.GetRequiredService<ISmsSender>();
        sender.Should().BeOfType<VonageSmsSender>();
        return sender;
    }

    private void ShouldHaveWarned(string vonageStatus, string vonageErrorText) =>
        logs.Entries.Should().Contain(entry =>
            entry.Level == LogLevel.Warning
            && Equals(entry.Properties["VonageStatus"], vonageStatus)
            && Equals(entry.Properties["VonageErrorText"], vonageErrorText)
            && Equals(entry.Properties["Phone"], "138****5678"));
}
