using System.Net;
using HomeRental.Api.Data;
using HomeRental.Api.Orders;
using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

/// <summary>
/// Two app processes on two "machines" (each its own data folder: uploads, key ring) share only PostgreSQL and
/// Redis; guests split across both ask for overlapping nights of one house at the same moment: exactly one gets them.
/// </summary>
[Trait(TestDatabase.Trait, "PostgreSQL")]
[Collection(FaultCollection.Name)]
public sealed class CrossProcessBookingRaceTests : IAsyncLifetime
{
    private const int Guests = 20;

    private readonly HomeRentalFactory setup = new(RedisServer.Shared.Configuration) { DatabaseProvider = DatabaseProvider.PostgreSQL };
    private readonly List<string> machineFolders = [];
    private readonly List<AppProcess> machines = [];

    [Fact]
    public async Task Concurrent_bookings_through_two_processes_on_one_postgresql_leave_exactly_one_order()
    {
        var host = await setup.NewPersonAsync();
        var houseId = await setup.AddHouseAsync(host);
        var phones = new List<string>();
        for (var index = 0; index < Guests; index++)
        {
            phones.Add((await setup.NewPersonAsync()).Profile.Phone);
        }
        for (var machine = 0; machine < 2; machine++)
        {
            var folder = Directory.CreateTempSubdirectory("homerental-machine-").FullName;
            machineFolders.Add(folder);
            machines.Add(await AppProcess.StartAsync(setup, RedisServer.Shared.Configuration, dataDirectory: folder));
        }
        var clients = new List<HttpClient>();
        foreach (var (phone, index) in phones.Select((phone, index) => (phone, index)))
        {
            var client = machines[index % machines.Count].CreateClient();
            (await client.SignInAsync(phone)).StatusCode.Should().Be(HttpStatusCode.OK);
            clients.Add(client);
        }

        // The app processes run on the system clock.
        var statuses = await BookingRaceTests.BookAllAtOnceAsync(clients, houseId, StayRules.Today(TimeProvider.System));

        await BookingRaceTests.ExpectExactlyOneBookingAsync(statuses, setup, houseId);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var machine in machines)
        {
            await machine.DisposeAsync();
        }
        setup.Dispose();
        foreach (var folder in machineFolders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
