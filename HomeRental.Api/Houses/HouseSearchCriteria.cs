namespace HomeRental.Api.Houses;

/// <summary>A validated house search: check-in and check-out are both set or both null.</summary>
public sealed record HouseSearchCriteria(
    int? DistrictId, DateOnly? CheckIn, DateOnly? CheckOut, HouseSort Sort, int? Guests = null, long? MinPriceCents = null, long? MaxPriceCents = null)
{
    public int? Nights => CheckOut?.DayNumber - CheckIn?.DayNumber;
}
