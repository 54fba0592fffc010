using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HomeRental.Api.Infrastructure.Http;

/// <summary>
/// Caps request bodies at 1 MiB unless the endpoint declares its own limit (uploads), and refuses an
/// announced over-large body with <c>413 payload_too_large</c> before anything reads it.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long DefaultLimitBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                    ?? DefaultLimitBytes;
        if (context.Request.ContentLength > limit)
        {
            await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge,
                $"The request body is larger than the {limit / 1024} KiB this endpoint accepts.");
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }
        await next(context);
    }
}
