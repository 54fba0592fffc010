using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Platform;

/// <summary>A database that the previous main (EF Core 6) made and wrote to is upgraded in place on the first start.</summary>
[Trait(TestDatabase.Trait, "Sqlite")]
public sealed class DatabaseUpgradeTests : IDisposable
{
    private static readonly string PreviousMainDatabase =
        Path.Combine(AppContext.BaseDirectory, "Platform", "Fixtures", "database-of-main-2026-11.sql");

    private readonly HomeRentalFactory factory = new() { DatabaseProvider = DatabaseProvider.Sqlite };

    [Fact]
    public async Task The_app_starts_on_a_database_of_the_previous_main_and_keeps_every_row()
    {
        // Foreign keys off while restoring: the dump creates the tables in the order of their names.
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Foreign Keys=False"))
        {
            await connection.OpenAsync();
            await using var restore = connection.CreateCommand();
            restore.CommandText = await File.ReadAllTextAsync(PreviousMainDatabase);
            await restore.ExecuteNonQueryAsync();
        }

        var client = factory.CreateApiClient();

        var pending = await factory.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        pending.Should().BeEmpty();
        var house = await client.GetFromJsonAsync<JsonElement>("/api/v1.0/houses/1");
        house.GetProperty("title").GetString().Should().Be("Courtyard flat from last month");
        house.GetProperty("owner").GetProperty("username").GetString().Should().Be("Old Host");
        house.GetProperty("amenities").GetArrayLength().Should().Be(2);
        house.GetProperty("images").GetArrayLength().Should().Be(1);
        house.GetProperty("reviews")[0].GetProperty("comment").GetString().Should().Be("A lovely stay");

        (await client.GetAsync("/api/v1.0/csrf-token")).EnsureSuccessStatusCode();
        var signIn = await client.SignInAsync("13800000002", "guest-password-2");
        signIn.StatusCode.Should().Be(HttpStatusCode.OK, await signIn.Content.ReadAsStringAsync());
        var orders = await client.GetFromJsonAsync<JsonElement>("/api/v1.0/users/me/orders");
        orders.GetProperty("totalCount").GetInt32().Should().Be(2);
        orders.GetProperty("items").EnumerateArray().Select(order => order.GetProperty("status").GetString())
            .Should().BeEquivalentTo(["REJECTED", "COMPLETED"], "the old request, unanswered since 2026-11-20, lapsed a day later");
        // Stored by the sweep or not yet: when stored, the moment of the lapse is the order's last change.
        var lapse = await factory.WithDbAsync(db => db.Orders.Where(order => order.Id == 2).Select(order => order.ExpiresAt ?? order.UpdatedAt).SingleAsync());
        lapse.Should().Be(new DateTime(2026, 11, 21, 8, 30, 0, 123, DateTimeKind.Utc), "the upgrade gives waiting requests the default day to be answered");
        var users = await factory.WithDbAsync(db => db.Users.OrderBy(user => user.Id).Select(user => user.IdNumber).ToListAsync());
        users.Should().Equal(["11010519491231002X", null, null], "of two accounts sharing a number, the first keeps it");
    }

    public void Dispose() => factory.Dispose();
}
