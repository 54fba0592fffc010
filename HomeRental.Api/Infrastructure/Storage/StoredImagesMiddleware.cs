using HomeRental.Api.Data;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>
/// Serves <c>GET</c> and <c>HEAD /uploads/{name}</c> from <see cref="HomeRentalDbContext.StoredImages"/> as the static
/// files of <see cref="ImageStorage.Files"/> are served: the same headers and content types, the content hash as the
/// entity tag (<c>304</c> on <c>If-None-Match</c>), ranges; an unknown name goes on to the same 404 as a missing file.
/// </summary>
public sealed class StoredImagesMiddleware(RequestDelegate next)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(UploadsServing.RequestPath, out var rest)
            || !ContentTypes.TryGetContentType(rest.Value!, out var contentType))
        {
            await next(context);
            return;
        }

        var name = rest.Value![1..];
        // Asked for here, not by parameter: every request passes through, and only uploads need a context.
        var db = context.RequestServices.GetRequiredService<HomeRentalDbContext>();
        var image = await db.StoredImages.AsNoTracking()
            .Where(image => image.Name == name)
            .Select(image => new { image.Content, image.ContentHash })
            .SingleOrDefaultAsync(context.RequestAborted);
        if (image is null)
        {
            await next(context);
            return;
        }

        UploadsServing.AddHeaders(context.Response);
        await TypedResults.Bytes(image.Content, contentType, entityTag: new EntityTagHeaderValue($"\"{image.ContentHash}\""),
            enableRangeProcessing: true).ExecuteAsync(context);
    }
}
