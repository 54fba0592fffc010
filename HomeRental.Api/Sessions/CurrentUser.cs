using System.Security.Claims;

namespace HomeRental.Api.Sessions;

public static class CurrentUser
{
    /// <summary>The signed-in user's id; only call it on endpoints that require authorization.</summary>
    public static int GetUserId(this ClaimsPrincipal principal) =>
        int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)
                  ?? throw new InvalidOperationException("The endpoint needs RequireAuthorization: no user is signed in."));
}
