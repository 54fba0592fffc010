using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>Turns every exception that escapes an endpoint into a problem, with no internals in it.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetailsService, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var bodyType = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var problem = ExceptionProblems.TryMap(exception, bodyType);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new MappedProblem(StatusCodes.Status500InternalServerError, ProblemCodes.InternalError,
                "Something went wrong on our side. Please try again later.");
        }
        else if (problem.Status >= 500)
        {
            logger.LogWarning(exception, "{Method} {Path} failed with {Code}", httpContext.Request.Method, httpContext.Request.Path, problem.Code);
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }
        httpContext.Response.Clear();
        httpContext.Response.StatusCode = problem.Status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = problem.Status, Detail = problem.Detail, Extensions = { ["code"] = problem.Code } },
        };
        if (problem.Errors is not null)
        {
            context.ProblemDetails.Extensions["errors"] = problem.Errors;
        }
        await problemDetailsService.WriteAsync(context);
        return true;
    }
}
