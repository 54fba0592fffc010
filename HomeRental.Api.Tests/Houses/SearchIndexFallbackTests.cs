using HomeRental.Api.Data;
using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// The app loses PostgreSQL for a while: once its availability index is more than a second behind it says that
/// searches read the database, and when the database is back the index takes what changed meanwhile and says it
/// has caught up. The outage is made on a cluster of the test's own, as <c>PostgreSqlOutageTests</c> does, but so
/// that it ends: the app's database refuses connections and the app's are closed, while the test keeps one of its
/// own, through which it changes the database meanwhile, as another path would, announcing nothing.
/// </summary>
[Trait(TestDatabase.Trait, "PostgreSQL")]
[Collection(FaultCollection.Name)]
public sealed class SearchIndexFallbackTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly PostgresCluster cluster = PostgresCluster.Start();
    private readonly HomeRentalFactory factory;
    private readonly HttpClient reader;
    private NpgsqlConnection otherPath = null!;
    private NpgsqlConnection server = null!;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Stay => $"districtId=1&{HouseSteps.Stay(Today.AddDays(10), Today.AddDays(12))}";

    public SearchIndexFallbackTests()
    {
        factory = new HomeRentalFactory { DatabaseProvider = DatabaseProvider.PostgreSQL }.UseDatabaseOf(cluster);
        reader = factory.CreateApiClient();
    }

    public async Task InitializeAsync()
    {
        otherPath = new NpgsqlConnection(factory.ConnectionString + ";Pooling=false");
        await otherPath.OpenAsync();
        // A database cannot refuse connections by a command run on it: that is done from the server's own.
        server = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await server.OpenAsync();
    }

    [Fact]
    public async Task While_the_database_is_away_searches_say_they_read_it_and_once_back_the_index_takes_what_changed_and_says_it_caught_up()
    {
        var host = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        (await reader.SearchAsync(Stay)).Ids().Should().Equal([houseId], "the nights are free before the outage");
        Logged(Behind).Should().BeFalse("the index is current before the outage");

        await CutTheAppOffAsync();
        var searchedAfter = await Polling.UntilAsync(async () =>
        {
            await reader.GetAsync($"/api/v1.0/houses?{Stay}");
            return Logged(Behind);
        }, Deadline);
        searchedAfter.Should().NotBeNull($"a search more than {AvailabilityIndex.MaxLag} into the outage logs that searches read the database");
        await BlockTheNightsWithoutAnnouncingAsync(houseId);
        Logged(CaughtUp).Should().BeFalse();

        await LetTheAppBackInAsync();

        var reflectedAfter = await Polling.UntilAsync(async () => !(await reader.SearchAsync(Stay)).Ids().Contains(houseId) && Logged(CaughtUp), Deadline);
        reflectedAfter.Should().NotBeNull(
            $"once the database is back the dated search leaves out the house blocked meanwhile and the index says it caught up; logged:\n{factory.Logs.AllText}");
        (await reader.SearchAsync(Stay)).Ids().Should().BeEmpty("the index, trusted again, answers with the block");
        (await reader.SearchAsync("districtId=1")).Ids().Should().Equal(houseId);
    }

    private const string Behind = "The availability index is more than";
    private const string CaughtUp = "The availability index has caught up";

    private bool Logged(string start) =>
        factory.Logs.Entries.Any(entry => entry.Category == typeof(AvailabilityIndex).FullName && entry.Message.StartsWith(start, StringComparison.Ordinal));

    /// <summary>The app's database takes no new connection, and the app's are closed; the test's own stays open.</summary>
    private async Task CutTheAppOffAsync()
    {
        await ExecuteAsync($"ALTER DATABASE \"{otherPath.Database}\" ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{otherPath.Database}' AND pid <> {otherPath.ProcessID}");
    }

    private Task LetTheAppBackInAsync() => ExecuteAsync($"ALTER DATABASE \"{otherPath.Database}\" ALLOW_CONNECTIONS true");

    /// <summary>A host block of the nights searched, and its change, written as another instance would, with no message.</summary>
    private async Task BlockTheNightsWithoutAnnouncingAsync(int houseId)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlHomeRentalDbContext>().UseNpgsql(otherPath).Options;
        await using var db = new PostgreSqlHomeRentalDbContext(options, TimeProvider.System);
        db.CalendarBlocks.Add(new CalendarBlock { HouseId = houseId, CheckIn = Today.AddDays(10), CheckOut = Today.AddDays(12), CreatedAt = DateTime.UtcNow });
        db.HouseChanges.Add(new HouseChange { HouseId = houseId, ChangedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await otherPath.DisposeAsync();
        await server.DisposeAsync();
        await factory.DisposeAsync();
        cluster.Dispose();
    }
}
