using System.ComponentModel;
using FluentValidation;
using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Calendars;

/// <summary>The public calendar of a house: which nights cannot be booked, without saying why or for whom.</summary>
public static class Availability
{
    public const int DefaultSpanDays = 365;
    public const int MaxSpanDays = 731;

    public static async Task<Results<Ok<HouseCalendar>, ProblemHttpResult>> Get(
        int id, [AsParameters] CalendarQuery query, HomeRentalDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Houses.AnyAsync(house => house.Id == id, cancellationToken))
        {
            return HouseReading.NotFound(id);
        }
        var (from, to) = query.Span(StayRules.Today(clock));
        var taken = await TakenAsync(db, id, from, to, clock.UtcNow(), cancellationToken);
        return TypedResults.Ok(new HouseCalendar(id, from, to, NightRange.Merge(taken, from, to)));
    }

    /// <summary>Every order, block and imported event that takes a night of house <paramref name="houseId"/> between the dates, unmerged.</summary>
    public static async Task<List<NightRange>> TakenAsync(
        HomeRentalDbContext db, int houseId, DateOnly from, DateOnly to, DateTime now, CancellationToken cancellationToken)
    {
        var held = await db.Orders.AsNoTracking()
            .Where(NightsHeld.Between(from, to, now))
            .Where(order => order.HouseId == houseId)
            .Select(order => new NightRange(order.CheckIn, order.CheckOut))
            .ToListAsync(cancellationToken);
        var blocked = await db.CalendarBlocks.AsNoTracking()
            .Where(TakenNights.BlockedBetween(from, to))
            .Where(block => block.HouseId == houseId)
            .Select(block => new NightRange(block.CheckIn, block.CheckOut))
            .ToListAsync(cancellationToken);
        return [.. held, .. blocked];
    }
}

public sealed record HouseCalendar(
    int HouseId,
    DateOnly From,
    [property: Description("Exclusive: the calendar covers the nights before this day.")] DateOnly To,
    [property: Description("The nights that cannot be booked, merged into runs in date order; each checkOut is the first free day after the run.")]
    List<NightRange> Unavailable);

public sealed record CalendarQuery(
    [property: FromQuery(Name = "from"), Description("yyyy-MM-dd, the first night shown; today by default.")] QueryDate? From = null,
    [property: FromQuery(Name = "to"), Description("yyyy-MM-dd, exclusive; from + 365 days by default, at most from + 731 days.")] QueryDate? To = null)
{
    public (DateOnly From, DateOnly To) Span(DateOnly today)
    {
        var from = From?.Date ?? today;
        return (from, To?.Date ?? from.AddDays(Availability.DefaultSpanDays));
    }
}

public sealed class CalendarQueryValidator : AbstractValidator<CalendarQuery>
{
    public CalendarQueryValidator(TimeProvider clock) =>
        RuleFor(query => query.To).Custom((_, context) =>
        {
            var (from, to) = context.InstanceToValidate.Span(StayRules.Today(clock));
            if (to <= from)
            {
                context.AddFailure("to", "to must be after from.");
            }
            else if (to.DayNumber - from.DayNumber > Availability.MaxSpanDays)
            {
                context.AddFailure("to", $"A calendar covers at most {Availability.MaxSpanDays} days.");
            }
        });
}
