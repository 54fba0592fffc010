using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Storage;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>
/// The handlers that change houses. Each tells the <see cref="HouseCache"/> after saving and before answering,
/// so no cached read from before the change is served after it.
/// </summary>
internal static class HousePublishing
{
    private const string ImageFolder = "houses";

    public static async Task<Results<Created<HouseDetail>, ValidationProblem, ProblemHttpResult>> Create(
        CreateHouseRequest request, CurrentUser me, HomeRentalDbContext db, HouseCache houseCache,
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
        await db.SaveChangesAsync(cancellationToken);
        await houseCache.ChangedAsync();
        var detail = await HouseProjections.DetailAsync(db, house.Id, cancellationToken);
        return TypedResults.Created($"/api/v1.0/houses/{house.Id}", detail);
    }

    public static async Task<Results<Ok<HouseDetail>, ValidationProblem, ProblemHttpResult>> Update(
        int id, UpdateHouseRequest request, HttpContext context, HomeRentalDbContext db, HouseCache houseCache,
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
        await db.SaveChangesAsync(cancellationToken);
        await houseCache.ChangedAsync();
        var detail = await HouseProjections.DetailAsync(db, id, cancellationToken);
        return TypedResults.Ok(detail);
    }

    public static async Task<Results<Created<HouseImageResponse>, ProblemHttpResult>> AddImage(
        int id, IFormFile? image, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions, ImageUploads uploads,
        HouseCache houseCache, CancellationToken cancellationToken)
    {
        var house = await db.Houses.AsNoTracking().SingleOrDefaultAsync(house => house.Id == id, cancellationToken);
        if (HouseOwnership.IsRefused(house, id, context, out var refusal))
        {
            return refusal;
        }
        var (url, problem) = await uploads.SaveAsync(image, "image", ImageFolder, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var saved = new HouseImage { HouseId = id, Url = url! };
        try
        {
            await using var transaction = await writeTransactions.BeginAsync(db.Database);
            // Uploads to one house take turns, so the image saved first (the lowest id) is the one that becomes the cover.
            await writeTransactions.LockHouseAsync(db.Database, id);
            db.HouseImages.Add(saved);
            await db.SaveChangesAsync(cancellationToken);
            await db.Houses.Where(house => house.Id == id && house.CoverImageUrl == null)
                .ExecuteUpdateAsync(house => house.SetProperty(h => h.CoverImageUrl, url), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await uploads.DeleteAsync(url);
            throw;
        }
        await houseCache.ChangedAsync();
        return TypedResults.Created(url, new HouseImageResponse(saved.Id, url!));
    }
}
