using System.Collections.Concurrent;
using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Faults;

/// <summary>
/// The process is killed (SIGKILL) while guests are booking as fast as they can, on either provider: after a restart the
/// database opens intact, every order that was answered 201 is there and whole, and nothing was saved that no request could have asked for.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Guests = 8;
    private const int AnsweredBeforeTheKill = 150;

    private readonly HomeRentalFactory setup = new(RedisServer.Shared.Configuration);

    /// <summary>
    /// The app process runs on the system clock, which a test cannot move: the nights are counted from the day the
    /// test began, so they stay bookable (from today on) if a midnight passes while it runs.
    /// </summary>
    private readonly DateOnly appToday = StayRules.Today(TimeProvider.System);

    [Fact]
    public async Task After_a_SIGKILL_during_bookings_every_acknowledged_order_is_there_and_whole()
    {
        var host = await setup.NewPersonAsync();
        var guests = new List<Person>();
        var houseIds = new List<int>();
        for (var index = 0; index < Guests; index++)
        {
            guests.Add(await setup.NewPersonAsync());
            houseIds.Add(await setup.AddHouseAsync(host));
        }
        // Only the app process touches the database from here on: the set-up instance lets go of its connections.
        SqliteConnection.ClearAllPools();
        var crashed = await AppProcess.StartAsync(setup, RedisServer.Shared.Configuration);
        var outcomes = await BookUntilKilledAsync(crashed, guests, houseIds);
        await crashed.DisposeAsync();

        await using var restarted = await AppProcess.StartAsync(setup, RedisServer.Shared.Configuration);

        if (setup.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            // A killed client cannot damage a PostgreSQL server's files; a SQLite file is written by the app itself.
            (await SqliteIntegrityCheckAsync()).Should().Be("ok");
        }
        var saved = await setup.WithDbAsync(db => db.Orders.AsNoTracking().Where(order => houseIds.Contains(order.HouseId)).ToListAsync());
        saved.Select(order => order.Id).Should().Contain(outcomes.Acknowledged, "every order answered 201 was committed");
        saved.Count.Should().BeLessThanOrEqualTo(outcomes.Acknowledged.Count + outcomes.Unanswered,
            "an order nobody was answered for can only come from a request in flight at the kill");
        saved.Should().AllSatisfy(order =>
        {
            order.Status.Should().Be(OrderStatus.Pending);
            order.Nights.Should().Be(1);
            order.CheckOut.Should().Be(order.CheckIn.AddDays(1));
            order.TotalAmountCents.Should().Be(order.PricePerNightCents).And.Be(OrderSteps.PriceCents);
        });
        var guest = restarted.CreateClient();
        (await guest.SignInAsync(guests[0].Profile.Phone)).StatusCode.Should().Be(HttpStatusCode.OK);
        var nextNight = appToday.AddDays(700);
        (await guest.BookAsync(houseIds[0], nextNight, nextNight.AddDays(1))).StatusCode
            .Should().Be(HttpStatusCode.Created, "the restarted app writes to the database again");
    }

    /// <summary>
    /// Each guest books the next free night of their own house, again and again, until the app dies; the app is
    /// killed once enough bookings were answered, while the others are in flight.
    /// </summary>
    private async Task<Outcomes> BookUntilKilledAsync(AppProcess app, IReadOnlyList<Person> guests, IReadOnlyList<int> houseIds)
    {
        var acknowledged = new ConcurrentBag<int>();
        var unanswered = 0;
        var enoughAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = new List<HttpClient>();
        foreach (var guest in guests)
        {
            var client = app.CreateClient();
            (await client.SignInAsync(guest.Profile.Phone)).StatusCode.Should().Be(HttpStatusCode.OK);
            clients.Add(client);
        }

        var workers = clients.Select((client, index) => Task.Run(async () =>
        {
            for (var night = 1; ; night++)
            {
                var checkIn = appToday.AddDays(night);
                HttpResponseMessage response;
                try
                {
                    response = await client.BookAsync(houseIds[index], checkIn, checkIn.AddDays(1));
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref unanswered);
                    return;
                }
                response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                acknowledged.Add((await response.ReadJsonAsync<OrderBody>(HttpStatusCode.Created)).Id);
                if (acknowledged.Count >= AnsweredBeforeTheKill)
                {
                    enoughAnswered.TrySetResult();
                }
            }
        })).ToList();

        var allWorkers = Task.WhenAll(workers);
        if (await Task.WhenAny(enoughAnswered.Task, allWorkers).WaitAsync(TimeSpan.FromSeconds(60)) == allWorkers)
        {
            await allWorkers;
            throw new InvalidOperationException($"Every guest stopped before the kill:{Environment.NewLine}{app.Output}");
        }
        await app.KillAsync();
        await allWorkers;
        return new Outcomes([.. acknowledged], unanswered);
    }

    private async Task<string> SqliteIntegrityCheckAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={setup.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => setup.Dispose();

    private sealed record Outcomes(List<int> Acknowledged, int Unanswered);
}
