using System.Diagnostics;
using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

/// <summary>The PostgreSQL server goes away under a running app: database-backed requests answer 503 at once, not 500.</summary>
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
        var houses = await client.GetAsync("/api/v1.0/houses?districtId=1");
        var ready = await client.GetAsync("/health/ready");

        await houses.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
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
