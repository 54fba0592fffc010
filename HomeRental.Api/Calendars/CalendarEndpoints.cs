using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Orders;

namespace HomeRental.Api.Calendars;

public static class CalendarEndpoints
{
    private const string OwnerOnly = "Owner only: 403 forbidden for anyone else.";

    public static RouteGroupBuilder MapCalendars(this RouteGroupBuilder api)
    {
        var house = api.MapGroup("/houses/{id:int}").WithTags("Calendars");

        house.MapGet("/calendar", Availability.Get)
            .WithValidation<CalendarQuery>()
            .WithName("GetHouseCalendar")
            .WithSummary("The nights of a house that cannot be booked between from and to, merged into runs, with no reason given.")
            .WithDescription($"Orders that hold nights, the host's blocks and imported events all count. from defaults to today, " +
                             $"to to from + {Availability.DefaultSpanDays} days; to must be after from and at most " +
                             $"{Availability.MaxSpanDays} days later.")
            .ProducesProblems(HouseEndpoints.HouseNotFound);

        var blocks = house.MapGroup("/blocks").RequireAuthorization();
        blocks.MapGet("/", HostBlocks.List)
            .WithName("ListHouseBlocks")
            .WithSummary("The host's own blocks of the house, in date order (imported events are not listed).")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound);
        blocks.MapPost("/", HostBlocks.Create)
            .WithValidation<CreateBlockRequest>()
            .WithName("CreateHouseBlock")
            .WithSummary("Takes nights off the market: search leaves the house out for them and bookings of them are refused.")
            .WithDescription("The date rules of a booking without the house's limits on nights: check-in from today and at most " +
                             "Orders:BookingHorizonDays ahead, check-out after it, at most Orders:MaxNights nights. " +
                             "409 dates_unavailable when an order holds any of the nights. " + OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound, OrderProblems.DatesUnavailable);
        blocks.MapDelete("/{blockId:int}", HostBlocks.Delete)
            .WithName("DeleteHouseBlock")
            .WithSummary("Frees the nights of one of the host's blocks.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound, HostBlocks.BlockNotFound);

        var export = house.MapGroup("/ical-export").RequireAuthorization();
        export.MapGet("/", CalendarExport.GetUrl)
            .WithName("GetCalendarExportUrl")
            .WithSummary("The secret URL of the house's iCal feed, for other sites to subscribe to.")
            .WithDescription("The feed lists the nights held by orders and blocks from today on, without any personal data. " + OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound);
        export.MapPost("/rotation", CalendarExport.Rotate)
            .WithName("RotateCalendarExportUrl")
            .WithSummary("Replaces the feed's URL with a new one; the old one answers 404 from now on.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound);

        var imports = house.MapGroup("/ical-imports").RequireAuthorization();
        imports.MapGet("/", CalendarImports.List)
            .WithName("ListCalendarImports")
            .WithSummary("The other sites' calendars whose events take the house's nights, with how their last reading went.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound);
        imports.MapPost("/", CalendarImports.Create)
            .WithValidation<CreateImportRequest>()
            .WithName("CreateCalendarImport")
            .WithSummary("Adds another site's iCal feed and reads it once before answering; a failed reading still adds it, with lastError.")
            .WithDescription($"At most {CalendarImports.MaxPerHouse} per house. The url must be http or https and lead to a public " +
                             "address: loopback, private, link-local, multicast and unspecified addresses are refused (400, field url), " +
                             "on the address connected to and on each of at most 3 redirects, unless Calendar:AllowPrivateAddresses is true. " +
                             "The feed is read up to 1 MiB within 10 seconds, and again every Calendar:ImportRefreshMinutes. " + OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound);
        imports.MapPost("/{importId:int}/sync", CalendarImports.Sync)
            .WithName("SyncCalendarImport")
            .WithSummary("Reads the import's feed now; a failed reading keeps the events of the last good one and says why in lastError.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound, CalendarImports.ImportNotFound);
        imports.MapGet("/{importId:int}/events", CalendarImports.Events)
            .WithName("ListCalendarImportEvents")
            .WithSummary("The nights the import's events take from today on, merged into runs in date order.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound, CalendarImports.ImportNotFound);
        imports.MapDelete("/{importId:int}", CalendarImports.Delete)
            .WithName("DeleteCalendarImport")
            .WithSummary("Removes the import; the nights its events took are free again.")
            .WithDescription(OwnerOnly)
            .ProducesProblems(ProblemCodes.Forbidden, HouseEndpoints.HouseNotFound, CalendarImports.ImportNotFound);
        return api;
    }

    /// <summary>The feeds themselves, outside the API: calendar programs fetch them with no session and no CSRF token.</summary>
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(CalendarExport.FeedPath + "/{token}.ics", CalendarExport.Feed)
            .WithTags("Calendars")
            .WithName("GetCalendarFeed")
            .WithSummary("A house's iCal feed (text/calendar): one all-day event per order (Reserved) or block (Not available).")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        return app;
    }
}
