using System.Globalization;

namespace HomeRental.Api.Infrastructure.Http;

/// <summary>
/// A calendar date in a query string, strictly <c>yyyy-MM-dd</c>: bound once by the framework, so a handler gets a
/// real date and anything else (<c>2026-1-5</c>, <c>2026-02-30</c>) is a 400 naming the parameter.
/// </summary>
public readonly record struct QueryDate(DateOnly Date)
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? value, IFormatProvider? provider, out QueryDate date)
    {
        var parsed = DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        date = new QueryDate(day);
        return parsed;
    }

    public override string ToString() => Date.ToString(Format, CultureInfo.InvariantCulture);
}
