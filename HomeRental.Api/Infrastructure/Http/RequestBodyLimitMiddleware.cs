using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HomeRental.Api.Infrastructure.Http;

/// <summary>
/// Caps request bodies at 1 MiB unless the endpoint declares its own limit (uploads): an announced over-large
/// body is refused before anything reads it, and a body without a length stops being read at the limit.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long DefaultLimitBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared?.MaxRequestBodySize ?? DefaultLimitBytes;
        var (code, detail) = declared is ImageUploadLimit
            ? (ImageUploads.FileTooLarge, "The image is larger than 5 MiB.")
            : (ProblemCodes.PayloadTooLarge, $"The request body is larger than the {limit / 1024} KiB this endpoint accepts.");

        if (context.Request.ContentLength > limit)
        {
            await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, code, detail);
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsBodyTooLarge(exception) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, code, detail);
        }
    }

    private static bool IsBodyTooLarge(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        { InnerException: { } inner } => IsBodyTooLarge(inner),
        _ => false,
    };
}
