using FluentValidation;
using HomeRental.Api.Infrastructure.Problems;
using System.Text.Json;

namespace HomeRental.Api.Infrastructure.Validation;

/// <summary>Runs the FluentValidation validator of the endpoint's <typeparamref name="TRequest"/> argument before the handler.</summary>
public sealed class ValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
        if (request is null)
        {
            return ApiProblems.BadRequest(ProblemCodes.MalformedRequest, "The request body is missing.");
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result.Errors
            .GroupBy(failure => JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        return ApiProblems.Validation(errors, result.Errors[0].ErrorMessage);
    }
}

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the request argument and answers <c>400 validation_failed</c> with <c>errors</c> when it is invalid.</summary>
    public static RouteHandlerBuilder WithValidation<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<TRequest>>()
            .ProducesProblems(ProblemCodes.ValidationFailed);
}
