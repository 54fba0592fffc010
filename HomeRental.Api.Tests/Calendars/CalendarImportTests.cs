using System.Net;
using HomeRental.Api.Calendars;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Orders;
using HomeRental.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HomeRental.Api.Tests.Calendars;

/// <summary>
/// A host imports other sites' calendars, served here by a loopback server; the app may read loopback addresses
/// (<c>Calendar:AllowPrivateAddresses</c>), as a private deployment would.
/// </summary>
public sealed class CalendarImportTests : IAsyncLifetime
{
    private readonly ClockedHomeRentalFactory factory = new();
    private IcsServer feeds = null!;
    private Person host = null!;
    private Person guest = null!;
    private int houseId;

    private DateOnly Today => factory.Clock.Today;

    public async Task InitializeAsync()
    {
        feeds = await IcsServer.StartAsync();
        factory.WithSetting("Calendar:AllowPrivateAddresses", "true");
        host = await factory.NewPersonAsync();
        guest = await factory.NewPersonAsync();
        houseId = await factory.AddHouseAsync(host);
    }

    [Fact]
    public async Task An_imported_all_day_event_takes_its_nights_from_search_booking_and_the_calendar()
    {
        var url = feeds.Serve("/airbnb.ics", IcsFile.Calendar(
            IcsFile.AllDay("stay-1", Today.AddDays(10), Today.AddDays(13)),
            IcsFile.AllDay("stay-2", Today.AddDays(-5), Today.AddDays(-2))));
        var search = $"districtId=1&{HouseSteps.Stay(Today.AddDays(12), Today.AddDays(14))}";
        (await guest.Client.SearchAsync(search)).Ids().Should().Contain(houseId, "the search is cached before the import");

        var response = await host.Client.ImportAsync(houseId, "  Airbnb  ", url);

        var import = await response.ReadJsonAsync<ImportBody>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v1.0/houses/{houseId}/ical-imports/{import.Id}");
        import.Should().Be(new ImportBody(import.Id, "Airbnb", url, factory.Clock.UtcNow(), null, 1),
            "the stay that ended before today takes no night");
        (await host.Client.ListImportsAsync(houseId)).Should().Equal(import);
        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().Equal(CalendarSteps.Range(Today.AddDays(10), Today.AddDays(13)));
        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(30)))
            .Should().Equal(CalendarSteps.Range(Today.AddDays(10), Today.AddDays(13)));
        (await guest.Client.SearchAsync(search)).Ids().Should().NotContain(houseId);
        await (await guest.Client.BookAsync(houseId, Today.AddDays(12), Today.AddDays(14))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "dates_unavailable");
        await guest.PlaceOrderAsync(houseId, Today.AddDays(13), Today.AddDays(15));
        (await host.Client.ListBlocksAsync(houseId)).Should().BeEmpty("imported events are not the host's blocks");
    }

    [Fact]
    public async Task The_host_sees_the_imported_nights_from_today_on()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar(
            IcsFile.AllDay("now", Today, Today.AddDays(2)), IcsFile.AllDay("later", Today.AddDays(4), Today.AddDays(5))));
        var import = await host.Client.AddImportAsync(houseId, url);

        factory.Clock.Advance(TimeSpan.FromDays(2));

        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().Equal(CalendarSteps.Range(Today.AddDays(2), Today.AddDays(3)));
    }

    [Fact]
    public async Task A_timed_event_takes_every_night_from_its_start_date_to_its_end_date_and_at_least_one()
    {
        var day = Today.AddDays(10).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var url = feeds.Serve("/timed.ics", IcsFile.Calendar(
            IcsFile.Timed("arrives-afternoon", day.AddHours(15), day.AddDays(2).AddHours(10)),
            IcsFile.Timed("an-hour", day.AddDays(20).AddHours(9), day.AddDays(20).AddHours(10))));

        var import = await host.Client.AddImportAsync(houseId, url);

        import.EventCount.Should().Be(2);
        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().Equal(
            CalendarSteps.Range(Today.AddDays(10), Today.AddDays(12)),
            CalendarSteps.Range(Today.AddDays(30), Today.AddDays(31)));
    }

    [Fact]
    public async Task Recurring_events_are_expanded_over_the_next_731_days_and_cancelled_ones_are_left_out()
    {
        var url = feeds.Serve("/recurring.ics", IcsFile.Calendar(
            IcsFile.AllDay("every-week", Today.AddDays(-14), Today.AddDays(-13), "RRULE:FREQ=WEEKLY\r\n"),
            IcsFile.AllDay("called-off", Today.AddDays(2), Today.AddDays(4), "STATUS:CANCELLED\r\n")));

        var import = await host.Client.AddImportAsync(houseId, url);

        // Weekly from 14 days ago: the occurrences on today, today + 7, ..., today + 728 fall in the 731 days from today.
        import.EventCount.Should().Be(105);
        var events = await host.Client.ImportEventsAsync(houseId, import.Id);
        events.Should().HaveCount(105);
        events[0].Should().Be(CalendarSteps.Range(Today, Today.AddDays(1)));
        events[^1].Should().Be(CalendarSteps.Range(Today.AddDays(728), Today.AddDays(729)));
        (await guest.Client.UnavailableAsync(houseId, Today.AddDays(1), Today.AddDays(8)))
            .Should().Equal([CalendarSteps.Range(Today.AddDays(7), Today.AddDays(8))], "the cancelled stay takes nothing");
    }

    [Theory]
    [InlineData("server-error", "answered 500")]
    [InlineData("not-a-calendar", "does not serve an iCal calendar")]
    [InlineData("empty", "does not serve an iCal calendar")]
    [InlineData("too-large", "larger than 1 MiB")]
    [InlineData("too-large-declared", "larger than 1 MiB")]
    [InlineData("redirect-loop", "redirects more than 3 times")]
    [InlineData("redirect-to-mail", "something other than a web address")]
    [InlineData("nobody-listens", "could not be reached")]
    public async Task A_feed_that_cannot_be_read_is_still_added_with_the_reason_in_words(string feed, string reason)
    {
        var url = feed switch
        {
            "server-error" => feeds.Fail("/error.ics", 500),
            "not-a-calendar" => feeds.Serve("/page.ics", "<html><body>Sign in to see your calendar</body></html>", "text/html"),
            "empty" => feeds.Serve("/empty.ics", ""),
            "too-large" => feeds.ServeLarge("/large.ics", CalendarFeedClient.MaxBytes + 1, declareLength: false),
            "too-large-declared" => feeds.ServeLarge("/declared.ics", CalendarFeedClient.MaxBytes + 1, declareLength: true),
            "redirect-loop" => feeds.Redirect("/loop.ics", "/loop.ics"),
            "redirect-to-mail" => feeds.Redirect("/mail.ics", "mailto:host@example.com"),
            _ => $"http://127.0.0.1:{LoopbackPort.Free()}/calendar.ics",
        };

        var import = await host.Client.AddImportAsync(houseId, url);

        import.LastError.Should().Contain(reason);
        (import.LastSyncedAt, import.EventCount).Should().Be((null, 0));
        (await host.Client.ListImportsAsync(houseId)).Should().Equal(import);
        if (feed == "redirect-loop")
        {
            feeds.RequestsFor("/loop.ics").Should().Be(4, "the first request and 3 redirects");
        }
    }

    [Fact]
    public async Task A_feed_that_does_not_finish_within_10_seconds_is_given_up()
    {
        var url = feeds.Trickle("/slow.ics");
        var started = DateTime.UtcNow;

        var import = await host.Client.AddImportAsync(houseId, url);

        import.LastError.Should().Contain("within 10 seconds");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(30), "the reading is cut at 10 seconds, not when the server stops");
    }

    [Fact]
    public async Task Up_to_3_redirects_are_followed()
    {
        feeds.Serve("/final.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(3), Today.AddDays(5))));
        feeds.Redirect("/hop-3", "/final.ics");
        feeds.Redirect("/hop-2", feeds.Url("/hop-3"));
        var url = feeds.Redirect("/hop-1", "/hop-2");

        var import = await host.Client.AddImportAsync(houseId, url);

        (import.LastError, import.EventCount).Should().Be((null, 1));
    }

    [Fact]
    public async Task A_sync_replaces_the_events_and_a_failed_one_keeps_them_and_says_why()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(3), Today.AddDays(5))));
        var import = await host.Client.AddImportAsync(houseId, url);
        feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(6), Today.AddDays(7)), IcsFile.AllDay("next", Today.AddDays(9), Today.AddDays(10))));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var synced = await (await host.Client.SyncImportAsync(houseId, import.Id)).ReadJsonAsync<ImportBody>();

        synced.Should().Be(import with { LastSyncedAt = factory.Clock.UtcNow(), EventCount = 2 });
        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(30)))
            .Should().Equal(CalendarSteps.Range(Today.AddDays(6), Today.AddDays(7)), CalendarSteps.Range(Today.AddDays(9), Today.AddDays(10)));

        feeds.Fail("/feed.ics", 503);
        var failed = await (await host.Client.SyncImportAsync(houseId, import.Id)).ReadJsonAsync<ImportBody>();

        failed.Should().Be(synced with { LastError = "The calendar's server answered 503 Service Unavailable instead of the calendar; check the address." });
        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().HaveCount(2, "a failed reading keeps the last good events");
    }

    [Fact]
    public async Task Removing_an_import_frees_its_nights()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(3), Today.AddDays(5))));
        var import = await host.Client.AddImportAsync(houseId, url);
        var block = await host.Client.PlaceBlockAsync(houseId, Today.AddDays(20), Today.AddDays(21));

        (await host.Client.RemoveImportAsync(houseId, import.Id)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await host.Client.ListImportsAsync(houseId)).Should().BeEmpty();
        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(30)))
            .Should().Equal([CalendarSteps.Range(Today.AddDays(20), Today.AddDays(21))], "the host's own block stays");
        await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(5));
        await (await host.Client.RemoveImportAsync(houseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ical_import_not_found");
        await (await host.Client.SyncImportAsync(houseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ical_import_not_found");
        await (await host.Client.GetAsync($"{ImportSteps.ImportsPath(houseId)}/{import.Id}/events")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ical_import_not_found");
        (await host.Client.ListBlocksAsync(houseId)).Should().ContainSingle().Which.Id.Should().Be(block.Id);
    }

    [Fact]
    public async Task An_import_never_changes_an_order_it_overlaps()
    {
        var order = await guest.PlaceOrderAsync(houseId, Today.AddDays(3), Today.AddDays(6));
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("elsewhere", Today.AddDays(5), Today.AddDays(8))));

        var import = await host.Client.AddImportAsync(houseId, url);

        import.EventCount.Should().Be(1);
        (await guest.Client.GetOrderAsync(order.Id)).Should().Be(order);
        (await guest.Client.UnavailableAsync(houseId, Today, Today.AddDays(30))).Should().Equal(CalendarSteps.Range(Today.AddDays(3), Today.AddDays(8)));
    }

    [Fact]
    public async Task Only_the_host_manages_imports_of_a_house_that_exists()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar());
        var import = await host.Client.AddImportAsync(houseId, url);
        var anonymous = factory.CreateApiClient();
        var otherHouseId = await factory.AddHouseAsync(host);

        await (await guest.Client.GetAsync(ImportSteps.ImportsPath(houseId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.ImportAsync(houseId, "Mine", url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.SyncImportAsync(houseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.GetAsync($"{ImportSteps.ImportsPath(houseId)}/{import.Id}/events")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await guest.Client.RemoveImportAsync(houseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await anonymous.GetAsync(ImportSteps.ImportsPath(houseId))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "not_signed_in");
        await (await host.Client.ImportAsync(houseId + 1000, "Other", url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "house_not_found");
        await (await host.Client.SyncImportAsync(otherHouseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ical_import_not_found");
        await (await host.Client.RemoveImportAsync(otherHouseId, import.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "ical_import_not_found");
        (await host.Client.ListImportsAsync(houseId)).Should().Equal(import);
        feeds.RequestsFor("/feed.ics").Should().Be(1, "no refused request reads the feed");
    }

    [Theory]
    [InlineData("", "http://calendar.example/a.ics", "name")]
    [InlineData("   ", "http://calendar.example/a.ics", "name")]
    [InlineData("name-65", "http://calendar.example/a.ics", "name")]
    [InlineData("Tab\tname", "http://calendar.example/a.ics", "name")]
    [InlineData("Other site", "", "url")]
    [InlineData("Other site", "calendar.example/a.ics", "url")]
    [InlineData("Other site", "/a.ics", "url")]
    [InlineData("Other site", "ftp://calendar.example/a.ics", "url")]
    [InlineData("Other site", "file:///etc/passwd", "url")]
    [InlineData("Other site", "url-2001", "url")]
    public async Task The_name_and_url_are_checked_before_anything_is_read(string name, string url, string field)
    {
        name = name == "name-65" ? new string('n', 65) : name;
        url = url == "url-2001" ? "http://calendar.example/" + new string('a', 2001 - "http://calendar.example/".Length) : url;

        var problem = await (await host.Client.ImportAsync(houseId, name, url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Should().Equal(field);
        (await host.Client.ListImportsAsync(houseId)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_house_has_at_most_10_imports()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar());
        for (var count = 0; count < CalendarImports.MaxPerHouse; count++)
        {
            await host.Client.AddImportAsync(houseId, url, $"Site {count}");
        }

        var problem = await (await host.Client.ImportAsync(houseId, "One more", url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").GetProperty("url")[0].GetString().Should().Contain("at most 10");
        (await host.Client.ListImportsAsync(houseId)).Should().HaveCount(10);
        await host.Client.AddImportAsync(await factory.AddHouseAsync(host), url);
    }

    [Fact]
    public async Task Imports_are_read_again_once_their_refresh_time_has_passed_and_a_failed_reading_keeps_the_events()
    {
        var url = feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(3), Today.AddDays(5))));
        var import = await host.Client.AddImportAsync(houseId, url);
        var refresh = factory.Services.GetServices<IHostedService>().OfType<CalendarImportRefresh>().Single();

        await refresh.RunDueAsync(CancellationToken.None);
        feeds.RequestsFor("/feed.ics").Should().Be(1, "the import was read a moment ago");

        feeds.Serve("/feed.ics", IcsFile.Calendar(IcsFile.AllDay("stay", Today.AddDays(8), Today.AddDays(9))));
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await refresh.RunDueAsync(CancellationToken.None);

        feeds.RequestsFor("/feed.ics").Should().Be(2);
        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().Equal(CalendarSteps.Range(Today.AddDays(8), Today.AddDays(9)));
        (await guest.Client.SearchAsync($"districtId=1&{HouseSteps.Stay(Today.AddDays(8), Today.AddDays(9))}")).Ids().Should().NotContain(houseId);

        feeds.Fail("/feed.ics", 500);
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await refresh.RunDueAsync(CancellationToken.None);

        feeds.RequestsFor("/feed.ics").Should().Be(3);
        var failed = (await host.Client.ListImportsAsync(houseId)).Single();
        failed.LastError.Should().Contain("500");
        (await host.Client.ImportEventsAsync(houseId, import.Id)).Should().Equal(CalendarSteps.Range(Today.AddDays(8), Today.AddDays(9)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_refresh_interval_below_a_minute_stops_the_start(string minutes)
    {
        using var misconfigured = new HomeRentalFactory().WithSetting("Calendar:ImportRefreshMinutes", minutes);

        var start = () => misconfigured.CreateClient();

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("Calendar:ImportRefreshMinutes must be 1 or more");
    }

    public async Task DisposeAsync()
    {
        await feeds.DisposeAsync();
        await factory.DisposeAsync();
    }
}
