using System.Text.Json;
using System.Text.RegularExpressions;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Infrastructure.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>The one place where failures raised below the endpoints become problems with a stable code.</summary>
public static partial class ExceptionProblems
{
    // SQLite result codes that mean the database cannot serve now, not that the request or the code is wrong.
    private static readonly HashSet<int> UnavailableSqliteCodes =
    [
        5 /* BUSY */, 6 /* LOCKED */, 8 /* READONLY */, 10 /* IOERR */, 11 /* CORRUPT */,
        13 /* FULL */, 14 /* CANTOPEN */, 26 /* NOTADB */,
    ];

    private static readonly MappedProblem DatabaseUnavailable = DependencyUnavailable("The database is unavailable. Please try again shortly.");

    /// <param name="bodyType">The type the endpoint reads from a JSON body, if any: it names the field of a wrong value.</param>
    public static MappedProblem? TryMap(Exception exception, Type? bodyType = null) => exception switch
    {
        BadHttpRequestException badRequest => FromBadRequest(badRequest, bodyType),
        InvalidDataException { Message: var message } when message.Contains("body length limit", StringComparison.OrdinalIgnoreCase) =>
            new MappedProblem(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "The request body is too large."),
        StoreUnavailableException => DependencyUnavailable(StoreOutage.ProblemDetail),
        SqliteException sqlite when UnavailableSqliteCodes.Contains(sqlite.SqliteErrorCode) => DatabaseUnavailable,
        // Npgsql marks as transient what a retry may cure: a lost connection, a server shutting down, too many clients.
        // Npgsql's execution strategy wraps it in an InvalidOperationException.
        NpgsqlException { IsTransient: true } or InvalidOperationException { InnerException: NpgsqlException { IsTransient: true } } =>
            DatabaseUnavailable,
        DbUpdateException { InnerException: { } inner } => TryMap(inner),
        _ => null,
    };

    private static MappedProblem DependencyUnavailable(string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, ProblemCodes.DependencyUnavailable, detail);

    /// <summary>The framework's message is never the detail: it names parameters and services, not what the client should send.</summary>
    private static MappedProblem FromBadRequest(BadHttpRequestException exception, Type? bodyType)
    {
        switch (exception.StatusCode)
        {
            case StatusCodes.Status408RequestTimeout:
                return new MappedProblem(exception.StatusCode, ProblemCodes.RequestTimeout, "The request body arrived too slowly.");
            case StatusCodes.Status413PayloadTooLarge:
                return new MappedProblem(exception.StatusCode, ProblemCodes.PayloadTooLarge, "The request body is too large.");
            case StatusCodes.Status415UnsupportedMediaType:
                return new MappedProblem(exception.StatusCode, ProblemCodes.UnsupportedMediaType);
        }

        var parameter = ParameterBindingFailure().Match(exception.Message);
        if (parameter.Success)
        {
            // Named as the query string spells it: [AsParameters] properties bind from "page" but are called Page.
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            var message = parameter.Groups["value"].Success
                ? $"'{parameter.Groups["value"].Value}' is not a valid value for {name}."
                : $"{name} is required.";
            return new MappedProblem(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, message,
                new Dictionary<string, string[]> { [name] = [message] });
        }

        if (exception.InnerException is JsonException json)
        {
            // A reader error: the text is not JSON at all.
            var notJson = json.InnerException is JsonException;
            return (notJson ? null : JsonFieldErrors.TryMap(json, bodyType)) ?? new MappedProblem(StatusCodes.Status400BadRequest,
                ProblemCodes.MalformedRequest, notJson ? "The request body is not valid JSON." : "The request body must be a JSON object.");
        }
        return new MappedProblem(StatusCodes.Status400BadRequest, ProblemCodes.MalformedRequest);
    }

    // The messages of ASP.NET Core's parameter binding for route, query and header values.
    [GeneratedRegex("""^(?:Failed to bind parameter "[^"]*? (?<name>\w+)" from "(?<value>.*)"|Required parameter "[^"]*? (?<name>\w+)" was not provided from (?:query string|route|header)\w*)\.\z""", InputPatterns.Options)]
    private static partial Regex ParameterBindingFailure();
}

/// <param name="Detail">Null for the framework's client errors, which <see cref="ClientErrorTexts"/> describes.</param>
public sealed record MappedProblem(int Status, string Code, string? Detail = null, IDictionary<string, string[]>? Errors = null);
