using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Pages;

public static class PageFallback
{
    /// <summary>
    /// Runs the endpoints, then answers what no endpoint took: a GET outside <c>/api</c> is a page, served
    /// with the CSRF cookie; anything else is a 404 problem. Pages are not a route, so for <c>/api</c>
    /// routing keeps its own answers (405 for a wrong method, 415 for a wrong content type).
    /// </summary>
    public static WebApplication UsePagesAfterEndpoints(this WebApplication app)
    {
        app.UseEndpoints(_ => { });
        app.Run(AnswerUnmatchedAsync);
        return app;
    }

    private static async Task AnswerUnmatchedAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await context.WriteProblemAsync(StatusCodes.Status404NotFound, ProblemCodes.NotFound,
                $"There is no route {request.Method} {request.Path}.");
            return;
        }

        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var relativePath = PagePaths.Resolve(request.Path.Value);
        var file = relativePath is null ? null : environment.WebRootFileProvider.GetFileInfo(relativePath);
        var found = file is { Exists: true, IsDirectory: false };
        if (!found)
        {
            file = environment.WebRootFileProvider.GetFileInfo(PagePaths.NotFoundPage);
        }

        var isFavicon = relativePath == PagePaths.Favicon;
        // While the session cannot be looked up, a new token would be bound to no one and refused once it can.
        if (!isFavicon && !StoreOutage.WasMet(context))
        {
            CsrfTokens.Issue(context);
        }
        context.Response.StatusCode = found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        context.Response.ContentType = isFavicon ? "image/x-icon" : "text/html; charset=utf-8";
        context.Response.ContentLength = file!.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
    }
}
