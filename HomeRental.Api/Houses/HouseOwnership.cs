using System.Diagnostics.CodeAnalysis;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses;

/// <summary>Who may manage a house: its owner. An unknown house is a 404 and someone else's a 403.</summary>
public static class HouseOwnership
{
    /// <summary>Refuses an unknown <paramref name="house"/> and one the signed-in user does not own.</summary>
    public static bool IsRefused([NotNullWhen(false)] House? house, int id, HttpContext context, [NotNullWhen(true)] out ProblemHttpResult? refusal)
    {
        refusal = house is null ? HouseReading.NotFound(id) : Refusal(house.OwnerId, context);
        return refusal is not null;
    }

    /// <summary>The refusal for house <paramref name="id"/>, read by its id alone, or null when the signed-in user owns it.</summary>
    public static async Task<ProblemHttpResult?> RefusalAsync(HomeRentalDbContext db, int id, HttpContext context, CancellationToken cancellationToken)
    {
        var owner = await db.Houses.Where(house => house.Id == id).Select(house => (int?)house.OwnerId).SingleOrDefaultAsync(cancellationToken);
        return owner is { } ownerId ? Refusal(ownerId, context) : HouseReading.NotFound(id);
    }

    private static ProblemHttpResult? Refusal(int ownerId, HttpContext context) =>
        ownerId == context.User.GetUserId() ? null : ApiProblems.Forbidden("Only the owner can change this house.");
}
