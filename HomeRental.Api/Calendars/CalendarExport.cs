using System.Security.Cryptography;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Orders;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Calendars;

/// <summary>
/// A house's taken nights as an iCal feed that other sites subscribe to, at a URL whose secret token is the only key:
/// the host can replace it, and the old URL stops working at once. The feed holds the house's orders and the host's
/// blocks from today on, and nothing about the guests; imported events are left out, so that two sites importing
/// each other's feeds do not keep each other's nights forever.
/// </summary>
public static class CalendarExport
{
    public const string FeedPath = "/ical";
    public const string ReservedSummary = "Reserved";
    public const string BlockedSummary = "Not available";

    private const int TokenBytes = 32;

    public static async Task<Results<Ok<CalendarExportResponse>, ProblemHttpResult>> GetUrl(
        int id, HttpContext context, HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        // Conditional, so that of two first requests at once both answer the one token that was stored.
        await db.Houses.Where(house => house.Id == id && house.CalendarExportToken == null)
            .ExecuteUpdateAsync(house => house.SetProperty(h => h.CalendarExportToken, NewToken()), cancellationToken);
        var token = await db.Houses.Where(house => house.Id == id).Select(house => house.CalendarExportToken!).SingleAsync(cancellationToken);
        return TypedResults.Ok(new CalendarExportResponse(FeedUrl(context.Request, token)));
    }

    public static async Task<Results<Ok<CalendarExportResponse>, ProblemHttpResult>> Rotate(
        int id, HttpContext context, HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var token = NewToken();
        await db.Houses.Where(house => house.Id == id)
            .ExecuteUpdateAsync(house => house.SetProperty(h => h.CalendarExportToken, token), cancellationToken);
        return TypedResults.Ok(new CalendarExportResponse(FeedUrl(context.Request, token)));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> Feed(
        string token, HomeRentalDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var house = await db.Houses.AsNoTracking()
            .Where(house => house.CalendarExportToken == token)
            .Select(house => new { house.Id, house.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (house is null)
        {
            return TypedResults.NotFound();
        }

        var today = StayRules.Today(clock);
        var horizon = DateOnly.MaxValue;
        var orders = await db.Orders.AsNoTracking()
            .Where(NightsHeld.Between(today, horizon, clock.UtcNow()))
            .Where(order => order.HouseId == house.Id)
            .OrderBy(order => order.CheckIn)
            .Select(order => new { order.Id, order.CheckIn, order.CheckOut, order.CreatedAt })
            .ToListAsync(cancellationToken);
        var blocks = await db.CalendarBlocks.AsNoTracking()
            .Where(TakenNights.BlockedBetween(today, horizon))
            .Where(block => block.HouseId == house.Id && block.ImportId == null)
            .OrderBy(block => block.CheckIn)
            .Select(block => new { block.Id, block.CheckIn, block.CheckOut, block.CreatedAt })
            .ToListAsync(cancellationToken);

        var calendar = new Calendar { ProductId = "-//HomeRental//Calendar export//EN" };
        calendar.AddProperty("X-WR-CALNAME", house.Title);
        calendar.Events.AddRange(orders.Select(order => AllDayEvent($"order-{order.Id}", ReservedSummary, order.CheckIn, order.CheckOut, order.CreatedAt)));
        calendar.Events.AddRange(blocks.Select(block => AllDayEvent($"block-{block.Id}", BlockedSummary, block.CheckIn, block.CheckOut, block.CreatedAt)));
        return TypedResults.Text(new CalendarSerializer().SerializeToString(calendar), "text/calendar; charset=utf-8");
    }

    private static CalendarEvent AllDayEvent(string uid, string summary, DateOnly checkIn, DateOnly checkOut, DateTime stamp) => new()
    {
        // Stable across fetches and rotations, so that a subscriber updates an event rather than adding it again.
        Uid = $"{uid}@homerental",
        Summary = summary,
        DtStart = new CalDateTime(checkIn),
        DtEnd = new CalDateTime(checkOut),
        DtStamp = new CalDateTime(DateTime.SpecifyKind(stamp, DateTimeKind.Utc)),
    };

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));

    private static string FeedUrl(HttpRequest request, string token) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{FeedPath}/{token}.ics";
}

public sealed record CalendarExportResponse(string Url);
