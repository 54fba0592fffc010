using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

/// <summary>A booking says how many people stay: one by default, at most what the house takes.</summary>
public sealed class BookingGuestsTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private Person host = null!;
    private Person guest = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
    }

    [Fact]
    public async Task The_number_of_guests_is_kept_on_the_order_for_the_guest_and_the_host()
    {
        var response = await guest.Client.PostAsJsonAsync("/api/v1.0/orders",
            new { houseId, checkIn = OrderSteps.Iso(Today.AddDays(1)), checkOut = OrderSteps.Iso(Today.AddDays(3)), guests = 3 });

        var order = await response.ReadJsonAsync<OrderBody>(HttpStatusCode.Created);
        order.Guests.Should().Be(3);
        (await host.Client.GetOrderAsync(order.Id)).Guests.Should().Be(3);
        (await guest.PlaceOrderAsync(houseId, Today.AddDays(5), Today.AddDays(6))).Guests.Should().Be(1, "one guest when none is said");
    }

    [Theory]
    [InlineData(4, "This home takes at most 3 guests.")]
    [InlineData(0, "guests must be 1 to 100.")]
    [InlineData(101, "guests must be 1 to 100.")]
    public async Task More_guests_than_the_house_takes_are_refused(int guests, string message)
    {
        var response = await guest.Client.PostAsJsonAsync("/api/v1.0/orders",
            new { houseId, checkIn = OrderSteps.Iso(Today.AddDays(1)), checkOut = OrderSteps.Iso(Today.AddDays(3)), guests });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").GetProperty("guests")[0].GetString().Should().Be(message);
        (await guest.Client.GetFromJsonAsync<OrderPageBody>("/api/v1.0/users/me/orders?role=guest"))!.TotalCount.Should().Be(0);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
