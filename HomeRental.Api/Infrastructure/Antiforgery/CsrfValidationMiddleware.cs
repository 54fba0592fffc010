using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Antiforgery;

namespace HomeRental.Api.Infrastructure.Antiforgery;

/// <summary>Refuses every unsafe request under <c>/api</c> that lacks a valid <c>X-CSRF-Token</c> header.</summary>
public sealed class CsrfValidationMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api") && CsrfTokens.IsCheckedMethod(context.Request.Method)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            // A signed-in user's token names the user, so it cannot match while the session is unknown.
            if (StoreOutage.WasMet(context))
            {
                await StoreOutage.WriteProblemAsync(context);
                return;
            }
            await context.WriteProblemAsync(StatusCodes.Status400BadRequest, ProblemCodes.CsrfInvalid,
                $"The {CsrfTokens.HeaderName} header is missing or does not match the {CsrfTokens.CookieName} cookie. Load a page or GET /api/v1.0/csrf-token first.");
            return;
        }
        await next(context);
    }
}
