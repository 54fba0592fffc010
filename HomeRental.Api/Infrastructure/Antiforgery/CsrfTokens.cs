using Microsoft.AspNetCore.Antiforgery;

namespace HomeRental.Api.Infrastructure.Antiforgery;

/// <summary>
/// Issues the antiforgery pair: the framework's HttpOnly cookie, and the <c>csrf_token</c> cookie that
/// scripts read and send back in the <c>X-CSRF-Token</c> header.
/// </summary>
public static class CsrfTokens
{
    public const string CookieName = "csrf_token";
    public const string HeaderName = "X-CSRF-Token";

    /// <summary>The unsafe methods, which need the header under <c>/api</c>.</summary>
    public static bool IsCheckedMethod(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>Issues tokens for <see cref="HttpContext.User"/>; call it again after signing in or out, since tokens are bound to the user.</summary>
    public static string Issue(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        var token = tokens.RequestToken!;
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            // Like the framework's antiforgery cookie: Secure over HTTPS (behind a proxy, see ReverseProxy:TrustForwardedHeaders).
            Secure = context.Request.IsHttps,
        });
        return token;
    }
}
