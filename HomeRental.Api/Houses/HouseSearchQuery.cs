using System.Globalization;
using FluentValidation;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Mvc;

namespace HomeRental.Api.Houses;

/// <summary>The filters and order of <c>GET /houses</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed record HouseSearchQuery(
    [property: FromQuery(Name = "districtId")] int? DistrictId = null,
    [property: FromQuery(Name = "checkIn")] string? CheckIn = null,
    [property: FromQuery(Name = "checkOut")] string? CheckOut = null,
    [property: FromQuery(Name = "sort")] string? Sort = null)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The criteria of a query that <see cref="HouseSearchQueryValidator"/> accepted.</summary>
    public HouseSearchCriteria ToCriteria() => new(
        DistrictId,
        TryParseDate(CheckIn, out var checkIn) ? checkIn : null,
        TryParseDate(CheckOut, out var checkOut) ? checkOut : null,
        Sort is not null && HouseSorts.TryParse(Sort, out var sort) ? sort : HouseSort.New);

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

public sealed class HouseSearchQueryValidator : AbstractValidator<HouseSearchQuery>
{
    public HouseSearchQueryValidator(TimeProvider clock)
    {
        RuleFor(query => query.Sort)
            .Must(sort => sort is null || HouseSorts.TryParse(sort, out _))
            .WithMessage($"The sort must be one of {HouseSorts.Names}.");
        RuleFor(query => query.CheckIn).Cascade(CascadeMode.Stop)
            .Must((query, checkIn) => checkIn is not null || query.CheckOut is null)
            .WithMessage("Give checkIn with checkOut, or neither.")
            .Must(checkIn => checkIn is null || HouseSearchQuery.TryParseDate(checkIn, out _))
            .WithMessage($"The check-in date must be a date in the form {HouseSearchQuery.DateFormat}.");
        RuleFor(query => query.CheckOut).Cascade(CascadeMode.Stop)
            .Must((query, checkOut) => checkOut is not null || query.CheckIn is null)
            .WithMessage("Give checkOut with checkIn, or neither.")
            .Must(checkOut => checkOut is null || HouseSearchQuery.TryParseDate(checkOut, out _))
            .WithMessage($"The check-out date must be a date in the form {HouseSearchQuery.DateFormat}.");
        RuleFor(query => query).Custom((query, context) =>
        {
            if (!HouseSearchQuery.TryParseDate(query.CheckIn, out var checkIn) || !HouseSearchQuery.TryParseDate(query.CheckOut, out var checkOut))
            {
                return;
            }
            // The calendar rules of a booking, without any house's limits on nights.
            var stay = StayRules.Check(checkIn, checkOut, StayRules.Today(clock), minNights: 1, StayRules.NoMaxNights);
            foreach (var error in stay.Errors)
            {
                context.AddFailure(error.Field, error.Message);
            }
        });
    }
}
