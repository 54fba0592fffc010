using System.Net;
using HomeRental.Api.Tests.Calendars;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

/// <summary>
/// No stay is longer than Orders:MaxNights, even where the house sets no maximum, nor starts more than
/// Orders:BookingHorizonDays ahead: a request from tomorrow to 9999-12-31 holds nothing.
/// </summary>
public sealed class StayLimitTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private Person guest = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        var host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host, maxNights: 0);
    }

    public static TheoryData<int, int, string> OutOfBounds => new()
    {
        { 1, 367, "checkOut" }, // 366 nights
        { 731, 733, "checkIn" },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public async Task Booking_and_search_refuse_a_stay_beyond_the_limits(int checkInOffset, int checkOutOffset, string field)
    {
        var (checkIn, checkOut) = (Today.AddDays(checkInOffset), Today.AddDays(checkOutOffset));

        var booking = await guest.Client.BookAsync(houseId, checkIn, checkOut);
        var search = await guest.Client.GetAsync($"/api/v1.0/houses?{HouseSteps.Stay(checkIn, checkOut)}");

        foreach (var response in new[] { booking, search })
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
        }
    }

    [Fact]
    public async Task A_request_to_the_end_of_time_is_refused_and_holds_nothing()
    {
        (await guest.Client.BookAsync(houseId, Today.AddDays(1), new DateOnly(9999, 12, 31))).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(731))).Should().BeEmpty();
    }

    [Fact]
    public async Task The_longest_stay_on_the_last_day_of_the_horizon_is_allowed()
    {
        var checkIn = Today.AddDays(730);

        var order = await guest.PlaceOrderAsync(houseId, checkIn, checkIn.AddDays(365));

        order.Nights.Should().Be(365);
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
