using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Districts;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Platform;

[Trait(TestDatabase.Trait, "PostgreSQL")]
public sealed class PostgreSqlStartupTests : IDisposable
{
    private const int Instances = 4;

    private readonly List<HomeRentalFactory> factories = [];

    [Fact]
    public async Task Start_up_applies_every_postgresql_migration_to_an_empty_database()
    {
        var factory = Track(new HomeRentalFactory { DatabaseProvider = DatabaseProvider.PostgreSQL });
        factory.CreateClient();

        var applied = await factory.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var known = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        applied.Should().Equal(known).And.NotBeEmpty();
        (await factory.WithDbAsync(db => Task.FromResult(db.Database.ProviderName))).Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
    }

    [Fact]
    public async Task Instances_starting_at_once_on_one_empty_database_migrate_and_seed_it_once_and_all_start()
    {
        var first = Track(new HomeRentalFactory { DatabaseProvider = DatabaseProvider.PostgreSQL });
        var others = Enumerable.Range(1, Instances - 1)
            .Select(_ => Track(new HomeRentalFactory { DatabaseProvider = DatabaseProvider.PostgreSQL }.ShareDatabaseOf(first)))
            .ToList();

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startUps = new[] { first }.Concat(others).Select(async factory =>
        {
            await start.Task;
            return await Task.Run(() => factory.CreateClient());
        }).ToList();
        start.SetResult();
        var clients = await Task.WhenAll(startUps);

        foreach (var client in clients)
        {
            (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        var applied = await first.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var known = await first.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        applied.Should().Equal(known);
        var districts = await first.WithDbAsync(db => db.Districts.Select(district => district.Name).ToListAsync());
        districts.Should().BeEquivalentTo(ReferenceDataSeeder.DistrictNames, "the reference data was seeded by one instance only");
    }

    [Theory]
    [InlineData("Oracle", "Database:Provider")]
    [InlineData("1", "Database:Provider")]
    public void An_unknown_provider_stops_start_up_naming_the_setting(string provider, string setting)
    {
        var factory = Track(new HomeRentalFactory().WithSetting("Database:Provider", provider));

        var startUp = () => factory.CreateClient();

        startUp.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(setting).And.Contain(provider);
    }

    [Fact]
    public void A_connection_string_postgresql_cannot_read_stops_start_up_naming_the_setting()
    {
        var factory = Track(new HomeRentalFactory()
            .WithSetting("Database:Provider", "PostgreSQL")
            .WithSetting("ConnectionStrings:HomeRental", "Filename=data/homerental.db"));

        var startUp = () => factory.CreateClient();

        startUp.Should().Throw<InvalidOperationException>().Which.Message
            .Should().Contain("ConnectionStrings:HomeRental").And.Contain("PostgreSQL");
    }

    [Fact]
    public void A_database_server_that_cannot_be_reached_stops_start_up_naming_the_setting_and_the_server()
    {
        var port = LoopbackPort.Free();
        var factory = Track(new HomeRentalFactory()
            .WithSetting("Database:Provider", "PostgreSQL")
            .WithSetting("ConnectionStrings:HomeRental", $"Host=127.0.0.1;Port={port};Database=homerental;Username=homerental;Timeout=5"));

        var startUp = () => factory.CreateClient();

        startUp.Should().Throw<InvalidOperationException>().Which.Message
            .Should().Contain("ConnectionStrings:HomeRental").And.Contain($"port {port}").And.Contain("database homerental");
    }

    private HomeRentalFactory Track(HomeRentalFactory factory)
    {
        factories.Add(factory);
        return factory;
    }

    public void Dispose()
    {
        foreach (var factory in Enumerable.Reverse(factories))
        {
            factory.Dispose();
        }
    }
}
