namespace HomeRental.Api.Orders;

/// <summary>
/// The booking rules for a stay: dates are calendar days, check-in inclusive and check-out
/// exclusive, so a stay's nights are the days from check-in up to the day before check-out.
/// </summary>
public static class StayRules
{
    public const string CheckInField = "checkIn";
    public const string CheckOutField = "checkOut";

    /// <summary>The house's <paramref name="maxNights"/> value that means no upper limit.</summary>
    public const int NoMaxNights = 0;

    /// <summary>Today's date in the server's time zone, the day the booking rules count from.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Checks a requested stay against the calendar, the service's <paramref name="limits"/> and the house's limits on nights.</summary>
    public static StayCheck Check(DateOnly checkIn, DateOnly checkOut, DateOnly today, int minNights, int maxNights, StayLimits limits)
    {
        var errors = new List<StayError>();
        if (checkIn < today)
        {
            errors.Add(new StayError(CheckInField, "Check-in cannot be in the past."));
        }
        else if (checkIn.DayNumber - today.DayNumber > limits.BookingHorizonDays)
        {
            errors.Add(new StayError(CheckInField, $"Check-in can be at most {limits.BookingHorizonDays} days ahead."));
        }

        var nights = checkOut.DayNumber - checkIn.DayNumber;
        if (nights <= 0)
        {
            errors.Add(new StayError(CheckOutField, "Check-out must be after check-in."));
        }
        else if (nights < minNights)
        {
            errors.Add(new StayError(CheckOutField, $"This house requires at least {NightsText(minNights)}."));
        }
        else if (maxNights != NoMaxNights && nights > maxNights)
        {
            errors.Add(new StayError(CheckOutField, $"This house allows at most {NightsText(maxNights)}."));
        }
        else if (nights > limits.MaxNights)
        {
            errors.Add(new StayError(CheckOutField, $"A stay is at most {NightsText(limits.MaxNights)}."));
        }

        return errors.Count == 0 ? StayCheck.Allowed(nights) : StayCheck.Refused(errors);
    }

    /// <summary>The price of a stay; the deposit is not part of it.</summary>
    /// <exception cref="OverflowException">The total does not fit in a <see cref="long"/>.</exception>
    public static long TotalCents(int nights, long pricePerNightCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nights);
        ArgumentOutOfRangeException.ThrowIfNegative(pricePerNightCents);
        return checked(nights * pricePerNightCents);
    }

    private static string NightsText(int nights) => nights == 1 ? "1 night" : $"{nights} nights";
}
