using HomeRental.Api.Infrastructure.Antiforgery;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Pages;

public static class PageEndpoints
{
    /// <summary>
    /// Unknown routes under <c>/api</c> answer a 404 problem; every other GET is a page, served with the CSRF cookie.
    /// </summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.Map("/api/{**rest}", (HttpContext context) =>
                ApiProblems.NotFound(ProblemCodes.NotFound, $"There is no API route {context.Request.Method} {context.Request.Path}."))
            .ExcludeFromDescription();
        app.MapGet("/{**path}", ServePage).ExcludeFromDescription();
        return app;
    }

    private static IResult ServePage(string? path, HttpContext context, IWebHostEnvironment environment)
    {
        var relativePath = PagePaths.Resolve(path);
        var file = relativePath is null ? null : environment.WebRootFileProvider.GetFileInfo(relativePath);
        var found = file is { Exists: true, IsDirectory: false, PhysicalPath: not null };
        if (!found)
        {
            file = environment.WebRootFileProvider.GetFileInfo(PagePaths.NotFoundPage);
        }

        if (relativePath != PagePaths.Favicon)
        {
            CsrfTokens.Issue(context);
        }
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        context.Response.StatusCode = found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        var contentType = relativePath == PagePaths.Favicon ? "image/x-icon" : "text/html; charset=utf-8";
        return file!.Exists ? Results.File(file.PhysicalPath!, contentType) : Results.NotFound();
    }
}
