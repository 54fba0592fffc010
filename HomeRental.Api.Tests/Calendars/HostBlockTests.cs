using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>A host takes nights off the market: search and booking treat them exactly like booked ones.</summary>
public sealed class HostBlockTests : IAsyncLifetime
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
    public async Task A_block_is_listed_to_its_host_and_takes_its_nights_from_search_and_booking_until_it_is_removed()
    {
        var search = $"districtId=1&{HouseSteps.Stay(Today.AddDays(11), Today.AddDays(12))}";
        (await guest.Client.SearchAsync(search)).Ids().Should().Contain(houseId, "the search is cached before the block");

        var response = await host.Client.BlockAsync(houseId, Today.AddDays(10), Today.AddDays(13), "  Family visit  ");

        var block = await response.ReadJsonAsync<BlockBody>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v1.0/houses/{houseId}/blocks/{block.Id}");
        (block.CheckIn, block.CheckOut, block.Note).Should().Be((OrderSteps.Iso(Today.AddDays(10)), OrderSteps.Iso(Today.AddDays(13)), "Family visit"));
        (await host.Client.ListBlocksAsync(houseId)).Should().Equal(block);
        (await guest.Client.SearchAsync(search)).Ids().Should().NotContain(houseId);
        await (await guest.Client.BookAsync(houseId, Today.AddDays(12), Today.AddDays(14))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "dates_unavailable");
        (await guest.Client.SearchAsync($"districtId=1&{HouseSteps.Stay(Today.AddDays(13), Today.AddDays(15))}")).Ids()
            .Should().Contain(houseId, "check-out is exclusive: the day the block ends is free");

        (await host.Client.UnblockAsync(houseId, block.Id)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await host.Client.ListBlocksAsync(houseId)).Should().BeEmpty();
        (await guest.Client.SearchAsync(search)).Ids().Should().Contain(houseId);
        await guest.PlaceOrderAsync(houseId, Today.AddDays(12), Today.AddDays(14));
    }

    [Fact]
    public async Task Nights_an_order_holds_cannot_be_blocked_but_the_free_nights_around_it_can()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(5), Today.AddDays(8));

        await (await host.Client.BlockAsync(houseId, Today.AddDays(7), Today.AddDays(9))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "dates_unavailable");
        await host.Client.PlaceBlockAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        await host.Client.PlaceBlockAsync(houseId, Today.AddDays(8), Today.AddDays(9));
        (await host.Client.CancelAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await guest.Client.CancelAsync(order.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        await host.Client.PlaceBlockAsync(houseId, Today.AddDays(7), Today.AddDays(9));
    }

    [Theory]
    [InlineData(-1, 2, "checkIn")] // in the past
    [InlineData(3, 3, "checkOut")] // no night
    [InlineData(3, 2, "checkOut")]
    [InlineData(0, 366, "checkOut")] // longer than Orders:MaxNights
    [InlineData(731, 732, "checkIn")] // beyond Orders:BookingHorizonDays
    public async Task A_block_follows_the_date_rules_of_a_booking(int checkInOffset, int checkOutOffset, string field)
    {
        var response = await host.Client.BlockAsync(houseId, Today.AddDays(checkInOffset), Today.AddDays(checkOutOffset));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(-1)] // a tab
    public async Task The_note_is_short_plain_text(int length)
    {
        var note = length < 0 ? "Closed\tfor works" : new string('n', length);

        var problem = await (await host.Client.BlockAsync(houseId, Today.AddDays(1), Today.AddDays(2), note))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal("note");
        (await host.Client.PlaceBlockAsync(houseId, Today.AddDays(1), Today.AddDays(2), new string('n', 200))).Note.Should().HaveLength(200);
    }

    [Fact]
    public async Task Only_the_host_manages_blocks()
    {
        var block = await host.Client.PlaceBlockAsync(houseId, Today.AddDays(1), Today.AddDays(2));
        var anonymous = factory.CreateApiClient();

        await (await guest.Client.GetAsync($"/api/v1.0/houses/{houseId}/blocks")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.BlockAsync(houseId, Today.AddDays(3), Today.AddDays(4))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.UnblockAsync(houseId, block.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await anonymous.GetAsync($"/api/v1.0/houses/{houseId}/blocks")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await host.Client.BlockAsync(houseId + 1000, Today.AddDays(3), Today.AddDays(4))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        (await host.Client.ListBlocksAsync(houseId)).Should().HaveCount(1);
    }

    [Fact]
    public async Task Only_the_house_s_own_blocks_can_be_removed_through_it()
    {
        var otherHouseId = await factory.AddHouseAsync(host);
        var otherBlock = await host.Client.PlaceBlockAsync(otherHouseId, Today.AddDays(1), Today.AddDays(2));
        var importedId = await factory.ChangeDbAsync(async db =>
        {
            var import = new CalendarImport { HouseId = houseId, Name = "Other site", Url = "https://calendar.example/a.ics", CreatedAt = DateTime.UtcNow };
            var imported = new CalendarBlock { HouseId = houseId, CheckIn = Today.AddDays(4), CheckOut = Today.AddDays(5), CreatedAt = DateTime.UtcNow };
            import.Events.Add(imported);
            db.CalendarImports.Add(import);
            await db.SaveChangesAsync();
            return imported.Id;
        });

        await (await host.Client.UnblockAsync(houseId, otherBlock.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "block_not_found");
        await (await host.Client.UnblockAsync(houseId, importedId)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "block_not_found");
        (await host.Client.ListBlocksAsync(houseId)).Should().BeEmpty("imported events belong to their import");
        (await factory.WithDbAsync(db => db.CalendarBlocks.CountAsync())).Should().Be(2);
    }

    [Fact]
    public async Task A_block_and_a_booking_of_the_same_nights_at_once_never_both_succeed()
    {
        for (var round = 0; round < 10; round++)
        {
            var checkIn = Today.AddDays(20 + 3 * round);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var block = Task.Run(async () => { await start.Task; return await host.Client.BlockAsync(houseId, checkIn, checkIn.AddDays(2)); });
            var booking = Task.Run(async () => { await start.Task; return await guest.Client.BookAsync(houseId, checkIn.AddDays(1), checkIn.AddDays(3)); });
            start.SetResult();

            var statuses = (await Task.WhenAll(block, booking)).Select(response => response.StatusCode).ToList();

            statuses.Should().ContainSingle(status => status == HttpStatusCode.Conflict, $"round {round}: {string.Join(", ", statuses)}");
            statuses.Should().ContainSingle(status => status == HttpStatusCode.Created);
        }
    }

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
