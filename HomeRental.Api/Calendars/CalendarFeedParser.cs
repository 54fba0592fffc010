using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace HomeRental.Api.Calendars;

/// <summary>The nights an imported feed takes, merged, and how many of its events (occurrences) take them.</summary>
public sealed record ImportedNights(List<NightRange> Nights, int EventCount);

/// <summary>
/// Reads the nights an iCal feed takes from today over the next <see cref="WindowDays"/> days. An all-day event takes
/// its nights up to its end date (exclusive, as in iCal); a timed one every night from its start's date to its end's
/// date, at least one. Recurring events count once per occurrence; cancelled ones not at all.
/// </summary>
public static class CalendarFeedParser
{
    public const int WindowDays = 731;

    /// <summary>A feed with more occurrences is refused rather than expanded: no real calendar has that many stays.</summary>
    public const int MaxEvents = 10_000;

    /// <summary>How many steps a recurrence rule may take without an occurrence, so a rule that never matches ends.</summary>
    private const int MaxUnmatchedSteps = 1_000;

    private const string Cancelled = "CANCELLED";

    public static ImportedNights Parse(string text, DateOnly today)
    {
        var windowEnd = today.AddDays(WindowDays);
        var nights = new List<NightRange>();
        try
        {
            var calendar = Calendar.Load(text) ?? throw NotACalendar();
            var occurrences = calendar
                .GetOccurrences<CalendarEvent>(new CalDateTime(today), new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedSteps })
                .TakeWhileBefore(new CalDateTime(windowEnd));
            foreach (var occurrence in occurrences)
            {
                if (occurrence.Source is CalendarEvent { Status: Cancelled })
                {
                    continue;
                }
                if (nights.Count == MaxEvents)
                {
                    throw new CalendarFeedException($"The calendar has more than {MaxEvents:N0} events in the next two years, more than HomeRental reads.");
                }
                nights.Add(NightsOf(occurrence.Period));
            }
        }
        catch (Exception exception) when (exception is not CalendarFeedException)
        {
            throw NotACalendar(exception);
        }
        var taken = nights.Where(range => range.CheckOut > today).ToList();
        return new ImportedNights(NightRange.Merge(taken, today, windowEnd), taken.Count);
    }

    private static NightRange NightsOf(Period period)
    {
        var checkIn = period.StartTime.Date;
        var checkOut = (period.EffectiveEndTime ?? period.StartTime).Date;
        return new NightRange(checkIn, checkOut > checkIn ? checkOut : checkIn.AddDays(1));
    }

    private static CalendarFeedException NotACalendar(Exception? inner = null) =>
        new("The address does not serve an iCal calendar (.ics) that HomeRental can read.", inner: inner);
}
