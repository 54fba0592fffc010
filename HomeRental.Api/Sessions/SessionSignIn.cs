using System.Security.Claims;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HomeRental.Api.Sessions;

/// <summary>Starts and ends sessions; each also issues a fresh CSRF token, since tokens are bound to the user.</summary>
public static class SessionSignIn
{
    /// <summary>Counts the sign-in on the user (saved by the caller) and sets the session cookie.</summary>
    public static async Task SignInAsync(HttpContext context, User user, TimeProvider timeProvider)
    {
        user.LastLoginAt = timeProvider.GetUtcNow().UtcDateTime;
        user.LoginCount++;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = new ClaimsPrincipal(identity);
        await context.SignInAsync(principal, new AuthenticationProperties { IsPersistent = true });
        context.User = principal;
        CsrfTokens.Issue(context);
    }

    public static async Task SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync();
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        CsrfTokens.Issue(context);
    }
}
