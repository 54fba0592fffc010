using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HomeRental.Api.Tests.Browser;

/// <summary>What a person does on the calendars of the house page, the booking page and "my listings".</summary>
public static class CalendarPageSteps
{
    private const int MonthsAhead = 25;

    /// <summary>A day as the calendar names it to assistive technology: "Friday, 12 December 2026".</summary>
    public static string DayName(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A night as the pages write it in sentences: "12 Dec".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    /// <summary>The day's button in <paramref name="calendar"/>, once its month is shown.</summary>
    public static ILocator Day(this ILocator calendar, DateOnly date) =>
        calendar.GetByRole(AriaRole.Button, new() { Name = DayName(date) });

    /// <summary>Turns the calendar's months forward or back until <paramref name="date"/> is among those shown.</summary>
    public static async Task ShowMonthOfAsync(this ILocator calendar, DateOnly date)
    {
        await Expect(calendar.Locator("button[data-date]").First).ToBeVisibleAsync();
        for (var turns = 0; await calendar.Day(date).CountAsync() == 0; turns++)
        {
            turns.Should().BeLessThan(MonthsAhead, $"the calendar reaches {DayName(date)}");
            var firstShown = DateOnly.Parse(await calendar.Locator("button[data-date]").First.GetAttributeAsync("data-date") ?? "", CultureInfo.InvariantCulture);
            await calendar.GetByRole(AriaRole.Button, new() { Name = date < firstShown ? "Previous month" : "Next month" }).ClickAsync();
        }
    }

    /// <summary>Clicks the first day, then the second (the check-out day, or the last night on the host's calendar).</summary>
    public static async Task PickOnCalendarAsync(this ILocator calendar, DateOnly first, DateOnly second)
    {
        await calendar.ShowMonthOfAsync(first);
        await calendar.Day(first).ClickAsync();
        await calendar.ShowMonthOfAsync(second);
        await calendar.Day(second).ClickAsync();
    }

    /// <summary>The guest's calendar on the house page or the booking page.</summary>
    public static ILocator StayCalendar(this IPage page) => page.GetByRole(AriaRole.Group, new() { Name = "Your stay" });

    public static async Task ExpectChosenAsync(this ILocator calendar, DateOnly checkIn, DateOnly checkOut)
    {
        await Expect(calendar.Day(checkIn)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(calendar.Day(checkOut)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(calendar.Locator("[aria-pressed='true']")).ToHaveCountAsync(checkOut.DayNumber - checkIn.DayNumber + 1);
    }
}
