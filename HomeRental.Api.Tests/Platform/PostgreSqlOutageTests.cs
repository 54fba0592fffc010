using System.Diagnostics;
using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

/// <summary>
/// The PostgreSQL server goes away under a running app: database-backed requests answer 503 at once, not 500, and
/// searches as soon as the availability index stops trusting itself.
/// </summary>
[Trait(TestDatabase.Trait, "PostgreSQL")]
[Collection(FaultCollection.Name)]
public sealed class PostgreSqlOutageTests : IDisposable
{
    private readonly PostgresCluster cluster = PostgresCluster.Start();
    private readonly HomeRentalFactory factory;

    public PostgreSqlOutageTests() =>
        factory = new HomeRentalFactory { DatabaseProvider = DatabaseProvider.PostgreSQL }.UseDatabaseOf(cluster);

    [Fact]
    public async Task Database_backed_requests_answer_503_dependency_unavailable_and_readiness_says_so()
    {
        var client = factory.CreateApiClient();
        (await client.GetAsync("/api/v1.0/districts")).StatusCode.Should().Be(HttpStatusCode.OK);

        cluster.Dispose();
        var stopwatch = Stopwatch.StartNew();
        var calendar = await client.GetAsync("/api/v1.0/houses/1/calendar");
        var ready = await client.GetAsync("/health/ready");
        // Searches come from the availability index for up to a second after its last good read, then from the database.
        HttpResponseMessage? search = null;
        await Polling.UntilAsync(async () =>
            (search = await client.GetAsync("/api/v1.0/houses?districtId=1")).StatusCode != HttpStatusCode.OK, TimeSpan.FromSeconds(5));

        await calendar.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await search!.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"database\":\"Unhealthy\"");
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose()
    {
        factory.Dispose();
        cluster.Dispose();
    }
}
