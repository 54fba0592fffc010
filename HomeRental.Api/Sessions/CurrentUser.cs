using System.Security.Claims;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Sessions;

/// <summary>
/// The signed-in user of this request, loaded once by <see cref="SignedInUserFilter"/> and tracked by the request's
/// DbContext, so a handler changes it and saves. A session whose user is gone is answered 401 before the handler runs.
/// </summary>
public sealed class CurrentUser(HomeRentalDbContext db)
{
    private User? user;

    public User User => user ?? throw new InvalidOperationException("The endpoint needs RequireSignedInUser: no user was loaded.");

    internal async Task<bool> TryLoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var id = principal.GetUserId();
        user = await db.Users.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return user is not null;
    }
}

public static class CurrentUserExtensions
{
    /// <summary>The signed-in user's id; only call it on endpoints that require authorization.</summary>
    public static int GetUserId(this ClaimsPrincipal principal) =>
        int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)
                  ?? throw new InvalidOperationException("The endpoint needs RequireAuthorization: no user is signed in."));

    /// <summary>Requires a session and loads its user into <see cref="CurrentUser"/>, answering 401 when the user is gone.</summary>
    public static TBuilder RequireSignedInUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization().AddEndpointFilter<TBuilder, SignedInUserFilter>();
}

internal sealed class SignedInUserFilter(CurrentUser currentUser) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await currentUser.TryLoadAsync(context.HttpContext.User, context.HttpContext.RequestAborted)
            ? await next(context)
            : ApiProblems.UserGone();
}
