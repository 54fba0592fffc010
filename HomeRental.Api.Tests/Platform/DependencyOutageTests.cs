using System.Diagnostics;
using System.Net;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

/// <summary>The app configured for a Redis server that does not answer: store-backed requests fail fast with 503.</summary>
public sealed class DependencyOutageTests : IDisposable
{
    private readonly HomeRentalFactory factory =
        new HomeRentalFactory($"127.0.0.1:{LoopbackPort.Free()}").WithSetting("Redis:OperationTimeoutMilliseconds", "1000");

    [Fact]
    public async Task A_store_backed_endpoint_answers_503_dependency_unavailable_within_seconds()
    {
        var client = factory.CreateApiClient();
        var stopwatch = Stopwatch.StartNew();

        var response = await client.GetAsync($"/api/v1.0/captchas/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Readiness_reports_the_store_down_while_liveness_and_pages_keep_working()
    {
        var client = factory.CreateApiClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var page = await client.GetAsync("/");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"store\":\"Unhealthy\"").And.Contain("\"database\":\"Healthy\"");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose() => factory.Dispose();
}
