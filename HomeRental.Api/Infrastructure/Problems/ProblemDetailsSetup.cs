using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace HomeRental.Api.Infrastructure.Problems;

public static class ProblemDetailsSetup
{
    private static readonly Dictionary<int, string> TypesMissingFromDefaults = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    /// <summary>Every problem the app writes carries type, title, status, detail, code and traceId.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ??= context.HttpContext.Response.StatusCode;
            problem.Type ??= TypesMissingFromDefaults.GetValueOrDefault(status, "about:blank");
            problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
            problem.Detail ??= ClientErrorTexts.For(context.HttpContext, status);
            problem.Extensions.TryAdd("code", ProblemCodes.ForStatus(status));
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    /// <summary>Writes a problem straight to the response, for middleware that answers before any endpoint runs.</summary>
    public static async Task WriteProblemAsync(this HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        var problemDetailsService = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problemDetailsService.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
