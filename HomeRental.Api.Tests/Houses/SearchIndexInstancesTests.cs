using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Faults;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Houses;

/// <summary>
/// Two instances sharing one database and one Redis server (the test's own, which it restarts): what a user writes
/// through the first shows in the second's searches and house pages within <see cref="MaxLag"/>, from the change
/// message, or from the database poll when the message is lost. With the fault tests, on their own: they measure a
/// lag of under a second, and restart a server.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SearchIndexInstancesTests : IAsyncLifetime
{
    /// <summary>What the availability index promises: another instance's write shows within a second.</summary>
    private static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(1);

    /// <summary>How long a poll goes on, past <see cref="MaxLag"/>, so that a failure says how late the change showed, or that it never did.</summary>
    private static readonly TimeSpan PollDeadline = TimeSpan.FromSeconds(5);

    private RedisServer redis = null!;
    private HomeRentalFactory first = null!;
    private HomeRentalFactory second = null!;
    private HttpClient reader = null!;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        first = new HomeRentalFactory(redis.Configuration);
        // The first creates the database before the second starts on it.
        first.CreateApiClient().Dispose();
        second = new HomeRentalFactory(redis.Configuration).ShareDatabaseOf(first);
        reader = second.CreateApiClient();
    }

    [Fact]
    public async Task A_booking_through_the_first_leaves_the_second_s_dated_search_within_a_second()
    {
        var (guest, houseId, stay) = await ListedHouseAndGuestAsync();

        await guest.PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12));

        await ShowsOnSecondWithinMaxLagAsync(async () => !(await reader.SearchAsync(stay)).Ids().Contains(houseId), "the booked house leaves the dated search");
        (await reader.SearchAsync("districtId=1")).Ids().Should().Contain(houseId, "a search without dates still lists it");
    }

    [Fact]
    public async Task After_a_Redis_restart_a_booking_through_the_first_still_leaves_the_second_s_dated_search_within_a_second()
    {
        var (guest, houseId, stay) = await ListedHouseAndGuestAsync();
        await redis.StopAsync();
        await redis.StartAgainAsync();
        // The restarted server is empty: the guest's session went with it, and signs in again on a new client.
        var signedIn = first.CreateApiClient();
        var lastSignIn = HttpStatusCode.OK;
        (await Polling.UntilAsync(async () => (lastSignIn = (await signedIn.SignInAsync(guest.Profile.Phone)).StatusCode) == HttpStatusCode.OK, PollDeadline))
            .Should().NotBeNull($"the first reaches the restarted Redis again (the last sign-in answered {lastSignIn})");

        await (guest with { Client = signedIn }).PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12));

        await ShowsOnSecondWithinMaxLagAsync(async () => !(await reader.SearchAsync(stay)).Ids().Contains(houseId), "the booked house leaves the dated search");
        (await reader.SearchAsync("districtId=1")).Ids().Should().Contain(houseId);
    }

    [Fact]
    public async Task A_booking_whose_change_message_the_second_never_hears_leaves_its_dated_search_within_a_second_from_the_database()
    {
        await using var deaf = new HomeRentalFactory(redis.Configuration).ShareDatabaseOf(first)
            .WithTestServices(services => services.AddSingleton<IKeyValueStore>(provider =>
                new DeafStore(ActivatorUtilities.CreateInstance<RedisStore>(provider))));
        reader = deaf.CreateApiClient();
        var (guest, houseId, stay) = await ListedHouseAndGuestAsync();

        await guest.PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12));

        await ShowsOnSecondWithinMaxLagAsync(async () => !(await reader.SearchAsync(stay)).Ids().Contains(houseId), "the booked house leaves the dated search");
        (await reader.SearchAsync("districtId=1")).Ids().Should().Contain(houseId);
    }

    [Fact]
    public async Task A_price_edit_a_new_cover_and_the_host_s_new_username_show_in_the_second_s_search_and_page_within_a_second()
    {
        var (host, _) = await first.RegisterHostAsync();
        var house = await host.CreateHouseAsync();
        await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng);
        await ShowsOnSecondAsync(async () => (await reader.SearchAsync("districtId=3")).Ids().Contains(house.Id));
        await reader.ReadEverythingCachedAsync(house.Id);

        (await host.PatchAsJsonAsync($"/api/v1.0/houses/{house.Id}", new { priceCents = 42_000 })).EnsureSuccessStatusCode();
        await ShowsOnSecondWithinMaxLagAsync(async () =>
            (await reader.SearchAsync("districtId=3")).Items.Single().PriceCents == 42_000 && (await reader.GetHouseAsync(house.Id)).PriceCents == 42_000,
            "the new price shows in the search and on the page");

        var cover = await (await host.UploadHouseImageAsync(house.Id, HouseSteps.TinyPng)).ReadJsonAsync<HouseImageResponse>(HttpStatusCode.Created);
        (await host.PutAsJsonAsync($"/api/v1.0/houses/{house.Id}/cover", new { imageId = cover.Id })).EnsureSuccessStatusCode();
        await ShowsOnSecondWithinMaxLagAsync(async () =>
            (await reader.SearchAsync("districtId=3")).Items.Single().CoverImageUrl == cover.Url && (await reader.GetHouseAsync(house.Id)).CoverImageUrl == cover.Url,
            "the new photo shows as the cover in the search and on the page");

        (await host.PatchAsJsonAsync("/api/v1.0/users/me", new { username = "renamed-host" })).EnsureSuccessStatusCode();
        await ShowsOnSecondWithinMaxLagAsync(async () => (await reader.SearchAsync("districtId=3")).Items.Single().Owner.Username == "renamed-host",
            "the host's new name shows in the search summary");
    }

    /// <summary>A house (district 1) listed on the second for the nights booked in these tests, and a guest of the first.</summary>
    private async Task<(Person Guest, int HouseId, string Stay)> ListedHouseAndGuestAsync()
    {
        var host = await first.NewPersonAsync();
        var guest = await first.NewPersonAsync();
        var houseId = await first.AddHouseAsync(host);
        var stay = $"districtId=1&{HouseSteps.Stay(Today.AddDays(10), Today.AddDays(12))}";
        await ShowsOnSecondAsync(async () => (await reader.SearchAsync(stay)).Ids().Contains(houseId));
        return (guest, houseId, stay);
    }

    /// <summary>Set-up: waits (up to <see cref="PollDeadline"/>) until the second shows what the first wrote, whenever it does.</summary>
    private static async Task ShowsOnSecondAsync(Func<Task<bool>> condition) =>
        (await Polling.UntilAsync(condition, PollDeadline)).Should().NotBeNull($"the second shows the set-up within {PollDeadline}");

    /// <summary>Polls the second from the moment the first's write answered: the change must show there within <see cref="MaxLag"/>.</summary>
    private static async Task ShowsOnSecondWithinMaxLagAsync(Func<Task<bool>> condition, string what)
    {
        var shownAfter = await Polling.UntilAsync(condition, PollDeadline);

        shownAfter.Should().NotBeNull($"{what} on the second instance, but not even within {PollDeadline}");
        shownAfter!.Value.Should().BeLessThan(MaxLag, $"{what} on the second instance");
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        await redis.DisposeAsync();
    }

    /// <summary>The Redis store of an instance that never hears a change message: every one is lost to it.</summary>
    private sealed class DeafStore(IKeyValueStore inner) : IKeyValueStore
    {
        public Task SetAsync(string key, string value, TimeSpan timeToLive) => inner.SetAsync(key, value, timeToLive);

        public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive) => inner.SetIfAbsentAsync(key, value, timeToLive);

        public Task<string?> GetAsync(string key) => inner.GetAsync(key);

        public Task<string?> GetAndDeleteAsync(string key) => inner.GetAndDeleteAsync(key);

        public Task<long> IncrementAsync(string key, TimeSpan timeToLive) => inner.IncrementAsync(key, timeToLive);

        public Task<TimeSpan?> GetTimeToLiveAsync(string key) => inner.GetTimeToLiveAsync(key);

        public Task<bool> DeleteAsync(string key) => inner.DeleteAsync(key);

        public Task PingAsync() => inner.PingAsync();

        public Task PublishAsync(string channel, string message) => inner.PublishAsync(channel, message);

        public Task SubscribeAsync(string channel, Action<string> handler) => Task.CompletedTask;
    }
}
