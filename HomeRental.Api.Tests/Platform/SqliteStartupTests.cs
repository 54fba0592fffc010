using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Platform;

[Trait(TestDatabase.Trait, "Sqlite")]
public sealed class SqliteStartupTests : IDisposable
{
    private readonly HomeRentalFactory factory = new() { DatabaseProvider = DatabaseProvider.Sqlite };

    [Fact]
    public async Task Start_up_applies_every_migration_to_an_empty_database_file_in_wal_mode()
    {
        File.Exists(factory.DatabasePath).Should().BeFalse();
        factory.CreateClient();

        File.Exists(factory.DatabasePath).Should().BeTrue();
        var pending = await factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        pending.Should().BeEmpty();
        var journalMode = await factory.WithDbAsync(db => db.SqlQueryScalarAsync("PRAGMA journal_mode;"));
        journalMode.Should().Be("wal");
    }

    public void Dispose() => factory.Dispose();
}
