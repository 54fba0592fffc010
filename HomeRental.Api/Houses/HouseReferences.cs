using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>Checks a house's district and amenity ids against the database, so an unknown id is a 400, never a foreign-key error.</summary>
public static class HouseReferences
{
    /// <summary>
    /// The tracked amenities for <paramref name="amenityIds"/> (null when none were given), or a validation problem
    /// naming <c>districtId</c> and/or <c>amenityIds</c> when an id is unknown.
    /// </summary>
    public static async Task<(List<Amenity>? Amenities, ValidationProblem? Problem)> ResolveAsync(
        HomeRentalDbContext db, int? districtId, List<int>? amenityIds, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (districtId is { } id && !await db.Districts.AnyAsync(district => district.Id == id, cancellationToken))
        {
            errors["districtId"] = [$"There is no district with id {id}. GET /api/v1.0/districts lists them."];
        }

        List<Amenity>? amenities = null;
        if (amenityIds is not null)
        {
            amenities = await db.Amenities.Where(amenity => amenityIds.Contains(amenity.Id)).ToListAsync(cancellationToken);
            var unknown = amenityIds.Except(amenities.Select(amenity => amenity.Id)).ToList();
            if (unknown.Count > 0)
            {
                errors["amenityIds"] = [$"There is no amenity with id {string.Join(", ", unknown)}. GET /api/v1.0/amenities lists them."];
            }
        }

        return errors.Count == 0 ? (amenities, null) : (null, ApiProblems.Validation(errors, errors.First().Value[0]));
    }
}
