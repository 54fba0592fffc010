using HomeRental.Api.Data;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>
/// The handlers that change houses. Each records the change with what it saves and announces it before answering
/// (<see cref="HouseChanges"/>), so that no search or house page from before the change is answered after it.
/// </summary>
internal static class HousePublishing
{
    public static async Task<Results<Created<HouseDetail>, ValidationProblem, ProblemHttpResult>> Create(
        CreateHouseRequest request, CurrentUser me, HomeRentalDbContext db, HouseChanges houseChanges,
        CancellationToken cancellationToken)
    {
        if (!me.User.IdentityVerified)
        {
            return ApiProblems.Forbidden("Verify your identity (PUT /api/v1.0/users/me/identity) before publishing a house.",
                HouseEndpoints.IdentityRequired);
        }

        var (amenities, problem) = await HouseReferences.ResolveAsync(db, request.DistrictId, request.AmenityIds ?? [], cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var house = request.ToHouse(me.User.Id, amenities!);
        db.Houses.Add(house);
        houseChanges.Record(db, house);
        await db.SaveChangesAsync(cancellationToken);
        await houseChanges.AnnounceAsync();
        var detail = await HouseProjections.DetailAsync(db, house.Id, cancellationToken);
        return TypedResults.Created($"/api/v1.0/houses/{house.Id}", detail);
    }

    public static async Task<Results<Ok<HouseDetail>, ValidationProblem, ProblemHttpResult>> Update(
        int id, UpdateHouseRequest request, HttpContext context, HomeRentalDbContext db, HouseChanges houseChanges,
        CancellationToken cancellationToken)
    {
        var house = await db.Houses.Include(house => house.Amenities).SingleOrDefaultAsync(house => house.Id == id, cancellationToken);
        if (HouseOwnership.IsRefused(house, id, context, out var refusal))
        {
            return refusal;
        }

        var nightLimitsError = HouseRules.NightLimitsError(request.MinNights ?? house.MinNights, request.MaxNights ?? house.MaxNights);
        if (nightLimitsError is not null)
        {
            return ApiProblems.Validation(request.NightLimitsField, nightLimitsError);
        }
        var (amenities, problem) = await HouseReferences.ResolveAsync(db, request.DistrictId, request.AmenityIds, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        request.ApplyTo(house, amenities);
        houseChanges.Record(db, id);
        await db.SaveChangesAsync(cancellationToken);
        await houseChanges.AnnounceAsync();
        var detail = await HouseProjections.DetailAsync(db, id, cancellationToken);
        return TypedResults.Ok(detail);
    }
}
