using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Infrastructure.Storage;

public static class UploadsStaticFiles
{
    public const string RequestPath = "/uploads";

    /// <summary>Serves uploaded images as inert files: never sniffed into another type, never run as a page.</summary>
    public static WebApplication UseUploads(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Directory.CreateDirectory(storage.UploadsPath);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(storage.UploadsPath),
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
            },
        });
        return app;
    }
}
