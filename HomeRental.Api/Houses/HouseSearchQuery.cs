using System.ComponentModel;
using FluentValidation;
using HomeRental.Api.Infrastructure.Http;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Houses;

/// <summary>The filters and order of <c>GET /houses</c>, bound with <c>[AsParameters]</c> into typed values.</summary>
public sealed record HouseSearchQuery(
    [property: FromQuery(Name = "districtId"), Description("Only houses in this district (an id from GET /districts).")] int? DistrictId = null,
    [property: FromQuery(Name = "checkIn"), Description("yyyy-MM-dd, from today; give it with checkOut.")] QueryDate? CheckIn = null,
    [property: FromQuery(Name = "checkOut"), Description("yyyy-MM-dd, after checkIn (exclusive); give it with checkIn.")] QueryDate? CheckOut = null,
    [property: FromQuery(Name = "sort"), Description("new (default), bookings, price-asc or price-desc.")] HouseSortName? Sort = null,
    [property: FromQuery(Name = "guests"), Description("Only houses that take this many guests (their maxGuests or fewer).")] int? Guests = null,
    [property: FromQuery(Name = "minPriceCents"), Description("Only houses whose price per night is at least this, in cents.")] long? MinPriceCents = null,
    [property: FromQuery(Name = "maxPriceCents"), Description("Only houses whose price per night is at most this, in cents.")] long? MaxPriceCents = null)
{
    public HouseSearchCriteria ToCriteria() =>
        new(DistrictId, CheckIn?.Date, CheckOut?.Date, Sort?.Sort ?? HouseSort.New, Guests, MinPriceCents, MaxPriceCents);
}

public sealed class HouseSearchQueryValidator : AbstractValidator<HouseSearchQuery>
{
    public HouseSearchQueryValidator(TimeProvider clock, IOptions<OrderOptions> orderOptions)
    {
        RuleFor(query => query.CheckIn)
            .Must((query, checkIn) => checkIn is not null || query.CheckOut is null)
            .WithMessage("Give checkIn with checkOut, or neither.");
        RuleFor(query => query.CheckOut)
            .Must((query, checkOut) => checkOut is not null || query.CheckIn is null)
            .WithMessage("Give checkOut with checkIn, or neither.");
        RuleFor(query => query.Guests)
            .InclusiveBetween(1, HouseRules.MaxGuests).WithMessage($"guests must be 1 to {HouseRules.MaxGuests}.");
        RuleFor(query => query.MinPriceCents)
            .InclusiveBetween(0, HouseRules.MaxCents).WithMessage($"minPriceCents must be 0 to {HouseRules.MaxCents}.");
        RuleFor(query => query.MaxPriceCents)
            .InclusiveBetween(0, HouseRules.MaxCents).WithMessage($"maxPriceCents must be 0 to {HouseRules.MaxCents}.")
            .Must((query, max) => query.MinPriceCents is not { } min || max is null || min <= max)
            .WithMessage("maxPriceCents cannot be below minPriceCents.");
        RuleFor(query => query).Custom((query, context) =>
        {
            if (query is not { CheckIn: { } checkIn, CheckOut: { } checkOut })
            {
                return;
            }
            // The calendar rules of a booking, without any house's limits on nights.
            var stay = StayRules.Check(
                checkIn.Date, checkOut.Date, StayRules.Today(clock), minNights: 1, StayRules.NoMaxNights, orderOptions.Value.StayLimits);
            foreach (var error in stay.Errors)
            {
                context.AddFailure(error.Field, error.Message);
            }
        });
    }
}
