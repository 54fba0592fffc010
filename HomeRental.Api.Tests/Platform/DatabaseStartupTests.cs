using HomeRental.Api.Data;
using HomeRental.Api.Districts;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Platform;

public sealed class DatabaseStartupTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    [Fact]
    public async Task Reference_data_is_seeded_once_however_often_start_up_runs()
    {
        factory.CreateClient();
        await DatabaseInitializer.InitializeAsync(factory.Services);
        await DatabaseInitializer.InitializeAsync(factory.Services);

        var districts = await factory.WithDbAsync(db => db.Districts.Select(d => d.Name).ToListAsync());
        var amenities = await factory.WithDbAsync(db => db.Amenities.Select(a => a.Name).ToListAsync());
        districts.Should().BeEquivalentTo(ReferenceDataSeeder.DistrictNames).And.HaveCountGreaterOrEqualTo(8);
        amenities.Should().BeEquivalentTo(ReferenceDataSeeder.AmenityNames).And.HaveCountGreaterOrEqualTo(12);
    }

    [Fact]
    public async Task Timestamps_are_stamped_on_insert_and_update_and_read_back_as_utc()
    {
        factory.CreateClient();
        var user = new User { Username = "stamp", Phone = "13800000001" };
        user.SetPassword("correct horse");
        await factory.WithDbAsync(db =>
        {
            db.Users.Add(user);
            return db.SaveChangesAsync();
        });
        await Task.Delay(20);
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.Username = "stamped";
            return await db.SaveChangesAsync();
        });

        var reloaded = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        reloaded.CreatedAt.Kind.Should().Be(DateTimeKind.Utc);
        reloaded.CreatedAt.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        reloaded.UpdatedAt.Should().BeAfter(reloaded.CreatedAt);
        reloaded.VerifyPassword("correct horse").Should().BeTrue();
    }

    public void Dispose() => factory.Dispose();
}

internal static class DatabaseQueryExtensions
{
    public static async Task<string?> SqlQueryScalarAsync(this HomeRentalDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
