using System.Globalization;

namespace HomeRental.Api.Houses;

/// <summary>A validated house search: check-in and check-out are both set or both null.</summary>
public sealed record HouseSearchCriteria(
    int? DistrictId, DateOnly? CheckIn, DateOnly? CheckOut, HouseSort Sort, int? Guests = null, long? MinPriceCents = null, long? MaxPriceCents = null)
{
    public int? Nights => CheckOut?.DayNumber - CheckIn?.DayNumber;

    /// <summary>Tells apart every two searches that can differ in their results.</summary>
    public string CacheKey => string.Create(CultureInfo.InvariantCulture, $"{DistrictId}:{CheckIn:yyyy-MM-dd}:{CheckOut:yyyy-MM-dd}:{Sort}:{Guests}:{MinPriceCents}:{MaxPriceCents}");
}
