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
