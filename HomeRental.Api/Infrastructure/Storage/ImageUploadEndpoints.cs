using Microsoft.AspNetCore.Http.Metadata;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>The body limit of an image upload endpoint: an over-large body is <c>413 file_too_large</c>.</summary>
public sealed record ImageUploadLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class ImageUploadEndpoints
{
    // Room for the multipart boundaries and headers around a file of the largest allowed size.
    private const long MultipartOverheadBytes = 64 * 1024;

    /// <summary>
    /// Marks a multipart image upload: its own body limit, and no framework form antiforgery check,
    /// since <see cref="Antiforgery.CsrfValidationMiddleware"/> already checks every unsafe API request.
    /// </summary>
    public static RouteHandlerBuilder AcceptsImageUpload(this RouteHandlerBuilder builder) =>
        builder.DisableAntiforgery()
            .WithMetadata(new ImageUploadLimit(ImageUploads.MaxImageBytes + MultipartOverheadBytes))
            .Accepts<IFormFile>("multipart/form-data");
}
