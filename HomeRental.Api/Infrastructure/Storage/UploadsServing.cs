using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Storage;

public static class UploadsServing
{
    public const string RequestPath = "/uploads";

    /// <summary>Serves uploaded images under <see cref="RequestPath"/> from where <c>Storage:Images</c> keeps them.</summary>
    public static WebApplication UseUploads(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ImageStorageChoice>().Storage == ImageStorage.Database)
        {
            app.UseMiddleware<StoredImagesMiddleware>();
            return app;
        }

        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Directory.CreateDirectory(storage.UploadsPath);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(storage.UploadsPath),
            RequestPath = RequestPath,
            OnPrepareResponse = context => AddHeaders(context.Context.Response),
        });
        return app;
    }

    /// <summary>
    /// Uploaded images are inert: never sniffed into another type, never run as a page. Their names are random and never
    /// reused, so what one names never changes and any cache (a CDN) may keep it for a year.
    /// </summary>
    public static void AddHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
    }
}
