using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Orders;

/// <summary>
/// Guests ask for overlapping nights of one house at the same moment: exactly one gets them. Many at once show the
/// booking path under contention; two held at an <see cref="OrderInsertBarrier"/> force the one interleaving that
/// breaks a booking whose check and insert are not atomic, so those tests fail every time that happens.
/// </summary>
public sealed class BookingRaceTests : IDisposable
{
    private const int Guests = 20;

    private readonly List<HomeRentalFactory> factories = [];

    [Fact]
    public async Task Concurrent_bookings_of_overlapping_nights_on_one_server_leave_exactly_one_order()
    {
        var server = Track(new ClockedHomeRentalFactory());
        var host = await server.NewPersonAsync();
        var houseId = await server.AddHouseAsync(host);
        var guests = await RegisterGuestsAsync(Guests, server);

        var statuses = await BookAllAtOnceAsync(guests, houseId, server.Clock.Today);

        await ExpectExactlyOneBookingAsync(statuses, server, houseId);
    }

    [Fact]
    public async Task Two_bookings_held_between_their_check_and_their_insert_on_one_server_leave_exactly_one_order()
    {
        var barrier = new OrderInsertBarrier();
        var server = Track(new ClockedHomeRentalFactory());
        server.WithTestServices(barrier.AddTo);
        var host = await server.NewPersonAsync();
        var houseId = await server.AddHouseAsync(host);
        var guests = await RegisterGuestsAsync(2, server);

        var statuses = await BookAllAtOnceAsync(guests, houseId, server.Clock.Today);

        await ExpectExactlyOneBookingAsync(statuses, server, houseId);
        barrier.Arrivals.Should().BePositive("the barrier stood in the booking path");
    }

    [Fact]
    public async Task Two_bookings_held_between_their_check_and_their_insert_on_two_servers_leave_exactly_one_order()
    {
        var barrier = new OrderInsertBarrier();
        var first = Track(SharingRedis(new ClockedHomeRentalFactory(RedisServer.Shared.Configuration)));
        var second = Track(SharingRedis(new ClockedHomeRentalFactory(RedisServer.Shared.Configuration))
            .ShareDatabaseOf(first)
            .WithSetting("Storage:KeysPath", Path.Combine(first.DataDirectory, "keys")));
        first.WithTestServices(barrier.AddTo);
        second.WithTestServices(barrier.AddTo);
        var host = await first.NewPersonAsync();
        var houseId = await first.AddHouseAsync(host);
        var guests = await RegisterGuestsAsync(2, first, second);

        var statuses = await BookAllAtOnceAsync(guests, houseId, first.Clock.Today);

        await ExpectExactlyOneBookingAsync(statuses, first, houseId);
        barrier.Arrivals.Should().BePositive("the barrier stood in the booking path");
    }

    [Fact]
    public async Task Concurrent_bookings_through_two_servers_sharing_one_database_leave_exactly_one_order()
    {
        var first = Track(SharingRedis(new ClockedHomeRentalFactory(RedisServer.Shared.Configuration)));
        var second = Track(SharingRedis(new ClockedHomeRentalFactory(RedisServer.Shared.Configuration))
            .ShareDatabaseOf(first)
            .WithSetting("Storage:KeysPath", Path.Combine(first.DataDirectory, "keys")));
        // The first server creates and migrates the database before the second one opens it.
        var host = await first.NewPersonAsync();
        var houseId = await first.AddHouseAsync(host);
        var guests = await RegisterGuestsAsync(Guests, first, second);

        var statuses = await BookAllAtOnceAsync(guests, houseId, first.Clock.Today);

        await ExpectExactlyOneBookingAsync(statuses, first, houseId);
        (await second.WithDbAsync(db => db.Orders.CountAsync())).Should().Be(1, "both servers see the one database");
    }

    /// <summary>Registers the guests one by one, in turn on each server, so that only the bookings run at once.</summary>
    private static async Task<List<Person>> RegisterGuestsAsync(int count, params HomeRentalFactory[] servers)
    {
        var guests = new List<Person>();
        for (var index = 0; index < count; index++)
        {
            guests.Add(await servers[index % servers.Length].NewPersonAsync());
        }
        return guests;
    }

    private static Task<HttpStatusCode[]> BookAllAtOnceAsync(IReadOnlyList<Person> guests, int houseId, DateOnly today) =>
        BookAllAtOnceAsync(guests.Select(guest => guest.Client).ToList(), houseId, today);

    /// <summary>Every guest asks for a stay that overlaps every other guest's, all requests released together.</summary>
    internal static async Task<HttpStatusCode[]> BookAllAtOnceAsync(IReadOnlyList<HttpClient> guests, int houseId, DateOnly today)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = guests.Select(async (guest, index) =>
        {
            await start.Task;
            // Stays from 10 to 12 nights, all starting on one of days 5-6 and covering days 6-14.
            var checkIn = today.AddDays(5 + index % 2);
            var response = await guest.BookAsync(houseId, checkIn, checkIn.AddDays(10 + index % 3));
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict
                ? response.StatusCode
                : throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(requests);
    }

    internal static async Task ExpectExactlyOneBookingAsync(HttpStatusCode[] statuses, HomeRentalFactory server, int houseId)
    {
        statuses.Count(status => status == HttpStatusCode.Created).Should().Be(1);
        statuses.Count(status => status == HttpStatusCode.Conflict).Should().Be(statuses.Length - 1);
        (await server.WithDbAsync(db => db.Orders.CountAsync(order => order.HouseId == houseId && order.Status == OrderStatus.Pending)))
            .Should().Be(1);
    }

    // Sessions and the house cache version live in Redis here. While waiting for SQLite's write lock, Microsoft.Data.Sqlite
    // sleeps on a thread-pool thread, and the whole test run shares one small machine: give Redis calls more than
    // the app's 1.5 s so that a slow moment of the test host is not taken for an outage.
    private static ClockedHomeRentalFactory SharingRedis(ClockedHomeRentalFactory factory)
    {
        factory.WithSetting("Redis:OperationTimeoutMilliseconds", "10000");
        return factory;
    }

    private T Track<T>(T factory)
        where T : HomeRentalFactory
    {
        factories.Add(factory);
        return factory;
    }

    public void Dispose()
    {
        // The second server uses the first one's database: stop it before the first deletes its folder.
        foreach (var factory in Enumerable.Reverse(factories))
        {
            factory.Dispose();
        }
    }
}
