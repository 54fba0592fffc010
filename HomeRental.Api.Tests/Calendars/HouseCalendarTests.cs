using System.Net;
using System.Text.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using static HomeRental.Api.Tests.Calendars.CalendarSteps;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>The public calendar: which nights cannot be booked, merged and clipped, without a reason or a person.</summary>
public sealed class HouseCalendarTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private Person host = null!;
    private HttpClient visitor = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        host = await factory.NewPersonAsync();
        visitor = factory.CreateApiClient();
        houseId = await factory.AddHouseAsync(host);
    }

    [Fact]
    public async Task Orders_blocks_and_imported_events_show_as_merged_runs_of_nights_and_nothing_else()
    {
        await factory.InsertOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5), OrderStatus.Paid);
        await factory.InsertOrderAsync(houseId, Today.AddDays(5), Today.AddDays(7), OrderStatus.Pending); // touches the one before
        await factory.InsertOrderAsync(houseId, Today.AddDays(10), Today.AddDays(12), OrderStatus.Cancelled);
        await factory.InsertOrderAsync(houseId, Today.AddDays(20), Today.AddDays(22), OrderStatus.Rejected);
        await host.Client.PlaceBlockAsync(houseId, Today.AddDays(7), Today.AddDays(9), "Painting the bedroom");
        await InsertImportedEventAsync(Today.AddDays(30), Today.AddDays(31));

        var response = await visitor.GetCalendarAsync(houseId, $"from={OrderSteps.Iso(Today)}&to={OrderSteps.Iso(Today.AddDays(60))}");

        var body = await response.Content.ReadAsStringAsync();
        var calendar = await response.ReadJsonAsync<CalendarBody>();
        calendar.Should().BeEquivalentTo(new CalendarBody(houseId, OrderSteps.Iso(Today), OrderSteps.Iso(Today.AddDays(60)),
            [Range(Today.AddDays(3), Today.AddDays(9)), Range(Today.AddDays(30), Today.AddDays(31))]));
        JsonDocument.Parse(body).RootElement.GetProperty("unavailable")[0].EnumerateObject().Select(member => member.Name)
            .Should().Equal(["checkIn", "checkOut"], "no reason and no person is revealed");
        body.Should().NotContain("Painting");
    }

    [Fact]
    public async Task Runs_are_clipped_to_the_dates_asked_for_and_the_defaults_cover_a_year_from_today()
    {
        await factory.InsertOrderAsync(houseId, Today.AddDays(-2), Today.AddDays(2), OrderStatus.Paid);
        await factory.InsertOrderAsync(houseId, Today.AddDays(364), Today.AddDays(370), OrderStatus.Paid);

        var calendar = await (await visitor.GetCalendarAsync(houseId)).ReadJsonAsync<CalendarBody>();
        var clipped = await visitor.UnavailableAsync(houseId, Today.AddDays(1), Today.AddDays(365));

        (calendar.From, calendar.To).Should().Be((OrderSteps.Iso(Today), OrderSteps.Iso(Today.AddDays(365))));
        calendar.Unavailable.Should().Equal(Range(Today, Today.AddDays(2)), Range(Today.AddDays(364), Today.AddDays(365)));
        clipped.Should().Equal(Range(Today.AddDays(1), Today.AddDays(2)), Range(Today.AddDays(364), Today.AddDays(365)));
    }

    [Fact]
    public async Task A_request_that_lapsed_frees_its_nights_at_once()
    {
        var guest = await factory.NewPersonAsync();
        await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        (await visitor.UnavailableAsync(houseId, Today, Today.AddDays(30))).Should().HaveCount(1);

        factory.Clock.Advance(TimeSpan.FromHours(24));

        (await visitor.UnavailableAsync(houseId, Today, Today.AddDays(30))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("from=2030-01-10&to=2030-01-10", "to")]
    [InlineData("from=2030-01-10&to=2030-01-09", "to")]
    [InlineData("from=2030-01-01&to=2032-01-03", "to")] // 732 days: one more than the longest span
    [InlineData("from=2030-02-30", "from")]
    [InlineData("to=tomorrow", "to")]
    public async Task Dates_that_make_no_calendar_are_refused_naming_the_field(string query, string field)
    {
        var problem = await (await visitor.GetCalendarAsync(houseId, query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
    }

    [Fact]
    public async Task The_longest_span_is_731_days()
    {
        var calendar = await (await visitor.GetCalendarAsync(houseId, "from=2030-01-01&to=2032-01-02")).ReadJsonAsync<CalendarBody>();

        calendar.To.Should().Be("2032-01-02");
    }

    [Fact]
    public async Task An_unknown_house_has_no_calendar()
    {
        await (await visitor.GetCalendarAsync(houseId + 1000)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
    }

    private Task InsertImportedEventAsync(DateOnly checkIn, DateOnly checkOut) =>
        factory.ChangeDbAsync(async db =>
        {
            var import = new CalendarImport { HouseId = houseId, Name = "Other site", Url = "https://calendar.example/feed.ics", CreatedAt = DateTime.UtcNow };
            import.Events.Add(new CalendarBlock { HouseId = houseId, CheckIn = checkIn, CheckOut = checkOut, CreatedAt = DateTime.UtcNow });
            db.CalendarImports.Add(import);
            return await db.SaveChangesAsync();
        });

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
