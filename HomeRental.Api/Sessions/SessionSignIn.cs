using System.Security.Claims;
using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HomeRental.Api.Sessions;

/// <summary>Starts and ends sessions; each also issues a fresh CSRF token, since tokens are bound to the user.</summary>
public static class SessionSignIn
{
    /// <summary>Counts the sign-in on the user (saved by the caller) and starts a new session with its cookie.</summary>
    public static async Task SignInAsync(HttpContext context, User user, TimeProvider timeProvider)
    {
        user.LastLoginAt = timeProvider.UtcNow();
        user.LoginCount++;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = new ClaimsPrincipal(identity);
        await StartNewSessionAsync(context, principal);
        context.User = principal;
        CsrfTokens.Issue(context);
    }

    public static async Task SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync();
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        CsrfTokens.Issue(context);
    }

    /// <summary>
    /// The cookie handler that authenticated this request would sign in under the session key of the request's cookie
    /// (it renews that session), so a cookie planted in a victim's browser would follow the victim into their account.
    /// Instead the request's session is revoked, which also keeps that handler from refreshing it in this response,
    /// and a handler of its own, told to find no session behind the request's cookie, stores one under a new key.
    /// </summary>
    private static async Task StartNewSessionAsync(HttpContext context, ClaimsPrincipal principal)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await context.SignOutAsync();
            // The sign-out also deleted the cookie; the new session's cookie replaces it, in one Set-Cookie.
            context.Response.Headers.SetCookie = context.Response.Headers.SetCookie
                .Where(cookie => cookie?.StartsWith(SessionAuthentication.CookieName + "=", StringComparison.Ordinal) == false)
                .ToArray();
        }
        StoreTicketStore.IgnoreRequestSession(context);
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var handler = (IAuthenticationSignInHandler)(await new AuthenticationHandlerProvider(schemes)
            .GetHandlerAsync(context, CookieAuthenticationDefaults.AuthenticationScheme))!;
        await handler.SignInAsync(principal, new AuthenticationProperties { IsPersistent = true });
    }
}
