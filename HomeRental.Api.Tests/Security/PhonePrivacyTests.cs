using System.Net;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Security;

/// <summary>A phone number is for its owner only: no answer about houses, orders, reviews or calendars carries one.</summary>
public sealed class PhonePrivacyTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_answer_but_the_owner_s_own_profile_and_session_carries_a_phone_number()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var visitor = factory.CreateApiClient();
        var houseId = await factory.AddHouseAsync(host);
        (await host.Client.UploadHouseImageAsync(houseId, HouseSteps.TinyPng)).StatusCode.Should().Be(HttpStatusCode.Created);
        var today = factory.Clock.Today;
        var order = await guest.PlaceOrderAsync(houseId, today.AddDays(1), today.AddDays(3));
        (await host.Client.AcceptAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await guest.Client.PayAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromDays(4));
        (await guest.Client.ReviewAsync(order.Id, "Lovely stay.")).StatusCode.Should().Be(HttpStatusCode.OK);
        var feed = await host.Client.ExportUrlAsync(houseId);

        var answers = new List<(string What, string Body)>();
        async Task Read(string what, HttpClient client, string path)
        {
            var response = await client.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, what);
            answers.Add((what, await response.Content.ReadAsStringAsync()));
        }
        foreach (var (who, client) in new[] { ("visitor", visitor), ("guest", guest.Client), ("host", host.Client) })
        {
            await Read($"search as {who}", client, "/api/v1.0/houses?districtId=1");
            await Read($"dated search as {who}", client, $"/api/v1.0/houses?{HouseSteps.Stay(factory.Clock.Today.AddDays(1), factory.Clock.Today.AddDays(2))}");
            await Read($"featured as {who}", client, "/api/v1.0/houses/featured");
            await Read($"detail as {who}", client, $"/api/v1.0/houses/{houseId}");
            await Read($"calendar as {who}", client, $"/api/v1.0/houses/{houseId}/calendar");
            await Read($"feed as {who}", client, new Uri(feed).PathAndQuery);
        }
        await Read("the guest's orders", guest.Client, "/api/v1.0/users/me/orders?role=guest");
        await Read("the host's orders", host.Client, "/api/v1.0/users/me/orders?role=host");
        await Read("the order as its host", host.Client, $"/api/v1.0/orders/{order.Id}");
        await Read("the order as its guest", guest.Client, $"/api/v1.0/orders/{order.Id}");
        await Read("the host's listings", host.Client, "/api/v1.0/users/me/houses");
        await Read("the host's blocks", host.Client, $"/api/v1.0/houses/{houseId}/blocks");

        answers.Should().Contain(answer => answer.What == "detail as visitor" && answer.Body.Contains(host.Profile.Username),
            "the host is named, by a name that is not the phone");
        answers.Should().Contain(answer => answer.What == "the host's orders" && answer.Body.Contains(guest.Profile.Username));
        foreach (var phone in new[] { host.Profile.Phone, guest.Profile.Phone })
        {
            answers.Should().NotContain(answer => answer.Body.Contains(phone));
        }
        (await host.Client.GetStringAsync("/api/v1.0/users/me")).Should().Contain(host.Profile.Phone, "the owner sees their own phone");
        (await guest.Client.GetStringAsync("/api/v1.0/sessions/current")).Should().Contain(guest.Profile.Phone);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
