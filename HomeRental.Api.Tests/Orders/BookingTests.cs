using System.Net;
using System.Net.Http.Json;
using System.Text;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

public sealed class BookingTests : IDisposable
{
    private readonly ClockedHomeRentalFactory factory = new();

    private DateOnly Today => factory.Clock.Today;

    [Fact]
    public async Task Free_nights_are_booked_as_a_pending_order_priced_on_the_server()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host, priceCents: 35_000);
        var changes = await factory.HouseChangeCountAsync(houseId);

        var response = await guest.Client.PostAsJsonAsync("/api/v1.0/orders", new
        {
            houseId,
            checkIn = OrderSteps.Iso(Today.AddDays(3)),
            checkOut = OrderSteps.Iso(Today.AddDays(6)),
            notes = "  We arrive late.  ",
            pricePerNightCents = 1,
            totalAmountCents = 1,
        });

        var order = await response.ReadJsonAsync<OrderBody>(HttpStatusCode.Created);
        order.Should().BeEquivalentTo(new
        {
            House = new OrderHouseBody(houseId, "Courtyard flat near the lake", "/uploads/houses/cover.jpg"),
            Guest = new OrderGuestBody(guest.Id, guest.Profile.Username),
            CheckIn = OrderSteps.Iso(Today.AddDays(3)),
            CheckOut = OrderSteps.Iso(Today.AddDays(6)),
            Nights = 3,
            PricePerNightCents = 35_000L,
            TotalAmountCents = 105_000L,
            Status = "PENDING",
            Notes = "We arrive late.",
            Comment = (string?)null,
        });
        response.Headers.Location!.ToString().Should().Be($"/api/v1.0/orders/{order.Id}");
        (await guest.Client.GetOrderAsync(order.Id)).Should().BeEquivalentTo(order);
        (await factory.HouseChangeCountAsync(houseId)).Should().BeGreaterThan(changes);
    }

    [Fact]
    public async Task The_price_is_the_house_price_at_booking_time()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host, priceCents: 20_000);
        var first = await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(2));

        await factory.ChangeDbAsync(async db =>
        {
            (await db.Houses.FindAsync(houseId))!.PriceCents = 30_000;
            return await db.SaveChangesAsync();
        });
        var second = await guest.PlaceOrderAsync(houseId, Today.AddDays(2), Today.AddDays(4));

        (first.PricePerNightCents, first.TotalAmountCents).Should().Be((20_000L, 20_000L));
        (second.PricePerNightCents, second.TotalAmountCents).Should().Be((30_000L, 60_000L));
        (await guest.Client.GetOrderAsync(first.Id)).PricePerNightCents.Should().Be(20_000, "an order keeps the price it was made at");
    }

    [Fact]
    public async Task Booking_needs_a_session()
    {
        var host = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);

        var response = await factory.CreateApiClient().BookAsync(houseId, Today.AddDays(1), Today.AddDays(2));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
    }

    [Fact]
    public async Task An_unknown_house_is_not_found()
    {
        var guest = await factory.NewPersonAsync();

        var response = await guest.Client.BookAsync(987_654, Today.AddDays(1), Today.AddDays(2));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
    }

    [Fact]
    public async Task A_host_cannot_book_their_own_house()
    {
        var host = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);

        var response = await host.Client.BookAsync(houseId, Today.AddDays(1), Today.AddDays(2));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "own_house");
        (await factory.WithDbAsync(db => Task.FromResult(db.Orders.Count()))).Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 2, "checkIn")] // check-in yesterday
    [InlineData(3, 3, "checkOut")] // no night
    [InlineData(5, 3, "checkOut")] // reversed
    [InlineData(1, 2, "checkOut")] // one night, the house wants two
    [InlineData(1, 6, "checkOut")] // five nights, the house allows four
    public async Task Dates_outside_the_calendar_or_the_house_limits_are_a_validation_problem(int checkInDays, int checkOutDays, string field)
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host, minNights: 2, maxNights: 4);

        var response = await guest.Client.BookAsync(houseId, Today.AddDays(checkInDays), Today.AddDays(checkOutDays));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Fact]
    public async Task Today_is_the_server_clock_date_and_a_stay_may_start_on_it()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        var tomorrow = Today.AddDays(1);

        var today = await guest.Client.BookAsync(houseId, Today, tomorrow);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var nowPast = await guest.Client.BookAsync(houseId, tomorrow, tomorrow.AddDays(1));

        today.StatusCode.Should().Be(HttpStatusCode.Created);
        await nowPast.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Missing_fields_are_named()
    {
        var guest = await factory.NewPersonAsync();

        var response = await guest.Client.PostAsJsonAsync("/api/v1.0/orders", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(error => error.Name).Should().BeEquivalentTo(["houseId", "checkIn", "checkOut"]);
    }

    [Fact]
    public async Task Notes_may_be_500_characters_but_not_more()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);

        var tooLong = await guest.Client.BookAsync(houseId, Today.AddDays(1), Today.AddDays(2), new string('n', 501));
        var longest = await guest.Client.BookAsync(houseId, Today.AddDays(1), Today.AddDays(2), new string('n', 500));

        var problem = await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").TryGetProperty("notes", out _).Should().BeTrue();
        (await longest.ReadJsonAsync<OrderBody>(HttpStatusCode.Created)).Notes.Should().HaveLength(500);
    }

    [Theory]
    [InlineData("\"2026-02-30\"")]
    [InlineData("\"next friday\"")]
    [InlineData("\"2026-1-5\"")]
    [InlineData("20260105")]
    [InlineData("null")]
    public async Task A_date_that_is_not_yyyy_MM_dd_is_a_field_error_not_a_server_error(string checkIn)
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        var json = $$"""{ "houseId": {{houseId}}, "checkIn": {{checkIn}}, "checkOut": "{{OrderSteps.Iso(Today.AddDays(9))}}" }""";

        var response = await guest.Client.PostAsync("/api/v1.0/orders", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").GetProperty("checkIn")[0].GetString().Should().Contain("yyyy-MM-dd");
    }

    [Fact]
    public async Task Nights_held_by_an_active_order_are_unavailable_but_its_check_out_day_is_free()
    {
        var host = await factory.NewPersonAsync();
        var first = await factory.NewPersonAsync();
        var second = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        await first.PlaceOrderAsync(houseId, Today.AddDays(10), Today.AddDays(15));

        var overlapping = new[] { (12, 13), (8, 11), (14, 20), (9, 16), (10, 15) };
        foreach (var (checkIn, checkOut) in overlapping)
        {
            var response = await second.Client.BookAsync(houseId, Today.AddDays(checkIn), Today.AddDays(checkOut));
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "dates_unavailable");
        }
        (await second.Client.BookAsync(houseId, Today.AddDays(15), Today.AddDays(17))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await second.Client.BookAsync(houseId, Today.AddDays(5), Today.AddDays(10))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Nights_are_booked_per_house()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        var otherHouseId = await factory.AddHouseAsync(host);
        await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(3));

        var response = await guest.Client.BookAsync(otherHouseId, Today.AddDays(1), Today.AddDays(3));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Cancelled_and_rejected_orders_free_their_nights()
    {
        var host = await factory.NewPersonAsync();
        var guest = await factory.NewPersonAsync();
        var houseId = await factory.AddHouseAsync(host);
        var cancelled = await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(3));
        (await guest.Client.CancelAsync(cancelled.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var rejected = await guest.PlaceOrderAsync(houseId, Today.AddDays(1), Today.AddDays(3));
        (await host.Client.DecideAsync(rejected.Id, "reject", "Closed for repairs.")).StatusCode.Should().Be(HttpStatusCode.OK);

        var again = await guest.Client.BookAsync(houseId, Today.AddDays(1), Today.AddDays(3));

        again.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public void Dispose() => factory.Dispose();
}
