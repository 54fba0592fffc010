using System.Net;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Store;

/// <summary>A Redis configuration that cannot work stops start-up; a Redis that is merely down does not.</summary>
public sealed class RedisConfigurationTests
{
    [Theory]
    [InlineData("localhost:6379,notAnOption=1")]
    [InlineData("localhost:6379,connectTimeout=soon")]
    public void A_configuration_that_cannot_be_parsed_refuses_to_start_and_names_the_setting(string configuration)
    {
        using var factory = new HomeRentalFactory(configuration);

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Redis:Configuration*");
    }

    [Fact]
    public void A_timeout_that_is_not_positive_refuses_to_start_and_names_the_setting()
    {
        using var factory = new HomeRentalFactory().WithSetting("Redis:OperationTimeoutMilliseconds", "0");

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Redis:OperationTimeoutMilliseconds*");
    }

    [Fact]
    public async Task A_Redis_that_is_down_at_start_up_does_not_stop_the_service_starting()
    {
        using var factory = new HomeRentalFactory($"127.0.0.1:{LoopbackPort.Free()}").WithSetting("Redis:OperationTimeoutMilliseconds", "500");
        var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1.0/districts")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
