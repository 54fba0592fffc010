using System.Collections.Frozen;

namespace HomeRental.Api.Houses;

/// <summary>
/// The orders of a house list. Ties are broken by id in the same direction, so every order is total and
/// <see cref="PriceDesc"/> is exactly <see cref="PriceAsc"/> reversed.
/// </summary>
public enum HouseSort
{
    /// <summary>Newest first (created at, then id, descending).</summary>
    New,
    /// <summary>Most booked first (booking count, then id, descending).</summary>
    Bookings,
    /// <summary>Cheapest first (price, then id, ascending).</summary>
    PriceAsc,
    /// <summary>Dearest first (price, then id, descending).</summary>
    PriceDesc,
}

public static class HouseSorts
{
    private static readonly FrozenDictionary<string, HouseSort> ByName = new Dictionary<string, HouseSort>
    {
        ["new"] = HouseSort.New,
        ["bookings"] = HouseSort.Bookings,
        ["price-asc"] = HouseSort.PriceAsc,
        ["price-desc"] = HouseSort.PriceDesc,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names the <c>sort</c> query parameter accepts, for messages and documentation.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    public static bool TryParse(string name, out HouseSort sort) => ByName.TryGetValue(name, out sort);
}

/// <summary>The <c>sort</c> query parameter: only the names of <see cref="HouseSorts"/> bind, in lower case.</summary>
public readonly record struct HouseSortName(HouseSort Sort)
{
    public static bool TryParse(string? value, IFormatProvider? provider, out HouseSortName name)
    {
        var known = HouseSorts.TryParse(value ?? string.Empty, out var sort);
        name = new HouseSortName(sort);
        return known;
    }
}
