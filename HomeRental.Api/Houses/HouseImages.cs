using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using HomeRental.Api.Data;
using HomeRental.Api.Houses.SearchIndex;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>
/// A house's photos: added, removed and one chosen as the cover. The first photo saved becomes the cover; removing
/// the cover moves it to the oldest photo left, or to none, and a house without a cover is not listed. Every change
/// takes the house lock, so uploads and removals at once leave the cover one of the house's photos.
/// </summary>
internal static class HouseImages
{
    [ProblemCode(StatusCodes.Status404NotFound, "no image with this id among the house's images")]
    public const string ImageNotFound = "image_not_found";

    public const string ImageFolder = "houses";

    public static async Task<Results<Created<HouseImageResponse>, ProblemHttpResult>> Add(
        int id, IFormFile? image, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions, ImageUploads uploads,
        HouseChanges houseChanges, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
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
            houseChanges.Record(db, id);
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
        await houseChanges.AnnounceAsync();
        return TypedResults.Created(url, new HouseImageResponse(saved.Id, url!));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        int id, int imageId, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions, ImageUploads uploads,
        HouseChanges houseChanges, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        string url;
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, id);
            if (await db.HouseImages.SingleOrDefaultAsync(image => image.Id == imageId && image.HouseId == id, cancellationToken) is not { } image)
            {
                return NotFound(imageId);
            }
            url = image.Url;
            db.HouseImages.Remove(image);
            houseChanges.Record(db, id);
            await db.SaveChangesAsync(cancellationToken);
            var nextCover = await db.HouseImages.Where(other => other.HouseId == id).OrderBy(other => other.Id)
                .Select(other => other.Url).FirstOrDefaultAsync(cancellationToken);
            await db.Houses.Where(house => house.Id == id && house.CoverImageUrl == url)
                .ExecuteUpdateAsync(house => house.SetProperty(h => h.CoverImageUrl, nextCover), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // After the commit: a file removed before it would be missing if the transaction failed.
        await uploads.DeleteAsync(url);
        await houseChanges.AnnounceAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<HouseDetail>, ProblemHttpResult>> SetCover(
        int id, SetCoverRequest request, HttpContext context, HomeRentalDbContext db, IWriteTransactions writeTransactions,
        HouseChanges houseChanges, CancellationToken cancellationToken)
    {
        if (await HouseOwnership.RefusalAsync(db, id, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await using (var transaction = await writeTransactions.BeginAsync(db.Database))
        {
            await writeTransactions.LockHouseAsync(db.Database, id);
            var url = await db.HouseImages.Where(image => image.Id == request.ImageId && image.HouseId == id)
                .Select(image => image.Url).SingleOrDefaultAsync(cancellationToken);
            if (url is null)
            {
                return NotFound(request.ImageId);
            }
            await db.Houses.Where(house => house.Id == id)
                .ExecuteUpdateAsync(house => house.SetProperty(h => h.CoverImageUrl, url), cancellationToken);
            houseChanges.Record(db, id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await houseChanges.AnnounceAsync();
        return TypedResults.Ok((await HouseProjections.DetailAsync(db, id, cancellationToken))!);
    }

    private static ProblemHttpResult NotFound(int imageId) =>
        ApiProblems.NotFound(ImageNotFound, $"This house has no image with id {imageId}.");
}

public sealed record SetCoverRequest([property: Required, Description("One of the house's image ids.")] int ImageId);

public sealed class SetCoverRequestValidator : AbstractValidator<SetCoverRequest>
{
    public SetCoverRequestValidator() =>
        RuleFor(request => request.ImageId).GreaterThan(0).WithMessage("imageId is required: one of the house's image ids.");
}
