using System.Net;
using System.Text.RegularExpressions;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Ical.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>The iCal feed other sites subscribe to: the nights held from today on, behind a secret URL the host can replace.</summary>
public sealed partial class CalendarExportTests : IAsyncLifetime
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
    public async Task The_feed_holds_one_all_day_event_per_order_and_block_from_today_on_and_nothing_personal()
    {
        var order = await guest.Client.BookAsync(houseId, Today.AddDays(3), Today.AddDays(6), notes: "We arrive late, call 13912345678");
        order.StatusCode.Should().Be(HttpStatusCode.Created);
        var block = await host.Client.PlaceBlockAsync(houseId, Today.AddDays(10), Today.AddDays(12), "Private note");
        await factory.InsertOrderAsync(houseId, Today.AddDays(-5), Today.AddDays(-2), OrderStatus.Completed);
        await factory.InsertOrderAsync(houseId, Today.AddDays(20), Today.AddDays(22), OrderStatus.Cancelled);
        await factory.ChangeDbAsync(async db =>
        {
            var import = new CalendarImport { HouseId = houseId, Name = "Other site", Url = "https://calendar.example/a.ics", CreatedAt = DateTime.UtcNow };
            import.Events.Add(new CalendarBlock { HouseId = houseId, CheckIn = Today.AddDays(30), CheckOut = Today.AddDays(31), CreatedAt = DateTime.UtcNow });
            db.CalendarImports.Add(import);
            return await db.SaveChangesAsync();
        });

        var url = await host.Client.ExportUrlAsync(houseId);
        var feed = await factory.CreateClient().GetAsync(new Uri(url).PathAndQuery);

        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        var text = await feed.Content.ReadAsStringAsync();
        text.Should().Contain($"DTSTART;VALUE=DATE:{Today.AddDays(3):yyyyMMdd}").And.Contain($"DTEND;VALUE=DATE:{Today.AddDays(6):yyyyMMdd}");
        text.Should().NotContain(guest.Profile.Phone).And.NotContain(guest.Profile.Username).And.NotContain("arrive late").And.NotContain("Private note");
        var events = Calendar.Load(text)!.Events.OrderBy(calendarEvent => calendarEvent.DtStart).ToList();
        events.Select(calendarEvent => (calendarEvent.Summary, calendarEvent.DtStart!.HasTime, DateOnly.FromDateTime(calendarEvent.DtStart.Value), DateOnly.FromDateTime(calendarEvent.DtEnd!.Value)))
            .Should().Equal(
                ("Reserved", false, Today.AddDays(3), Today.AddDays(6)),
                ("Not available", false, Today.AddDays(10), Today.AddDays(12)));
        events.Select(calendarEvent => calendarEvent.Uid).Should().OnlyHaveUniqueItems().And.Contain($"block-{block.Id}@homerental");
    }

    [Fact]
    public async Task The_url_is_absolute_secret_and_the_same_until_the_host_replaces_it()
    {
        var first = await host.Client.ExportUrlAsync(houseId);
        var again = await host.Client.ExportUrlAsync(houseId);
        var anyone = factory.CreateClient();
        var before = await (await anyone.GetAsync(new Uri(first).PathAndQuery)).Content.ReadAsStringAsync();

        var rotation = await host.Client.PostAsync($"/api/v1.0/houses/{houseId}/ical-export/rotation", null);
        var rotated = (await rotation.ReadJsonAsync<ExportBody>()).Url;

        again.Should().Be(first);
        var token = FeedUrl().Match(first);
        token.Success.Should().BeTrue(first);
        WebEncoders.Base64UrlDecode(token.Groups["token"].Value).Length
            .Should().BeGreaterThanOrEqualTo(16, "at least 128 random bits");
        rotated.Should().NotBe(first).And.MatchRegex(FeedUrl().ToString());
        (await anyone.GetAsync(new Uri(first).PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await anyone.GetAsync(new Uri(rotated).PathAndQuery)).Content.ReadAsStringAsync()).Should().Be(before);
        (await host.Client.ExportUrlAsync(houseId)).Should().Be(rotated);
    }

    [Fact]
    public async Task Event_ids_stay_the_same_from_one_fetch_to_the_next()
    {
        await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(6));
        var path = new Uri(await host.Client.ExportUrlAsync(houseId)).PathAndQuery;
        var anyone = factory.CreateClient();

        var first = Calendar.Load(await anyone.GetStringAsync(path))!.Events.Select(calendarEvent => calendarEvent.Uid).ToList();
        await host.Client.PlaceBlockAsync(houseId, Today.AddDays(10), Today.AddDays(11));
        var second = Calendar.Load(await anyone.GetStringAsync(path))!.Events.Select(calendarEvent => calendarEvent.Uid).ToList();

        second.Should().HaveCount(2).And.Contain(first);
    }

    [Fact]
    public async Task Only_the_host_gets_or_replaces_the_url()
    {
        await (await guest.Client.GetAsync($"/api/v1.0/houses/{houseId}/ical-export")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.PostAsync($"/api/v1.0/houses/{houseId}/ical-export/rotation", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await factory.CreateApiClient().GetAsync($"/api/v1.0/houses/{houseId}/ical-export")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await host.Client.GetAsync($"/api/v1.0/houses/{houseId + 1000}/ical-export")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        (await factory.CreateClient().GetAsync("/ical/not-a-token.ics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("^http://localhost/ical/(?<token>[A-Za-z0-9_-]{22,})\\.ics$")]
    private static partial Regex FeedUrl();

    public Task DisposeAsync() => factory.DisposeAsync().AsTask();
}
