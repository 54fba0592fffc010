using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Validation;

/// <summary>
/// Every property of every request type the app reads from a JSON body, sent with every JSON kind it cannot take, is
/// <c>400 validation_failed</c> naming that field; the cases come from the endpoints and the request types themselves,
/// so a new request or field is covered without being listed here.
/// </summary>
public sealed class WrongJsonTypeTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] FrameworkFragments = ["\"", "Path:", "System.", "LineNumber", "could not be converted"];

    private readonly HomeRentalFactory factory = new HomeRentalFactory()
        .WithSetting("RateLimits:Captcha", "0").WithSetting("RateLimits:Sms", "0").WithSetting("RateLimits:SignIn", "0");
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateApiClient();
        await factory.RegisterAsync(client);
    }

    [Fact]
    public async Task Every_wrong_json_kind_in_every_request_field_is_a_validation_problem_naming_the_field()
    {
        var cases = JsonBodyEndpoints().SelectMany(endpoint => WrongBodies(endpoint.RequestType)
            .Select(wrong => (endpoint.Method, endpoint.Path, endpoint.RequestType, wrong.Field, wrong.Body))).ToList();
        cases.Should().Contain(@case => @case.Field == "amenityIds[1]", "the cases reach into list elements");
        cases.Select(@case => @case.RequestType.Name).Distinct().Should().HaveCountGreaterThanOrEqualTo(10, "every JSON request type is found");

        var failures = new List<string>();
        foreach (var (method, path, requestType, field, body) in cases)
        {
            var response = await SendAsync(method, path, body);
            var text = await response.Content.ReadAsStringAsync();
            var problem = JsonDocument.Parse(text).RootElement;
            var fields = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(error => error.Name).ToList() : [];
            var detail = problem.TryGetProperty("detail", out var value) ? value.GetString() ?? string.Empty : string.Empty;
            if (response.StatusCode != HttpStatusCode.BadRequest || problem.GetProperty("code").GetString() != "validation_failed"
                || fields.SequenceEqual([field]) is false || !detail.StartsWith(field + " must be ", StringComparison.Ordinal)
                || FrameworkFragments.Any(fragment => detail.Contains(fragment, StringComparison.Ordinal)))
            {
                failures.Add($"{method} {path} ({requestType.Name}) {body}: {(int)response.StatusCode} {text}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_that_is_not_json_or_not_an_object_stays_a_malformed_request()
    {
        var failures = new List<string>();
        foreach (var endpoint in JsonBodyEndpoints())
        {
            foreach (var body in new[] { "not json", "{\"phone\": ", "[]", "42", "\"text\"" })
            {
                var response = await SendAsync(endpoint.Method, endpoint.Path, body);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.BadRequest || !text.Contains("\"code\":\"malformed_request\"") || text.Contains("\"errors\""))
                {
                    failures.Add($"{endpoint.Method} {endpoint.Path} {body}: {(int)response.StatusCode} {text}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"checkIn\": \"2027-02-30\"}", "checkIn", "yyyy-MM-dd")]
    [InlineData("{\"houseId\": 2147483648}", "houseId", "2147483647")]
    [InlineData("{\"houseId\": \"7\"}", "houseId", "an integer")]
    public async Task The_message_says_what_the_field_takes(string body, string field, string mentions)
    {
        var problem = await (await SendAsync("POST", "/api/v1.0/orders", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(mentions);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, string body) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

    /// <summary>The endpoints that read a JSON body, with any route value filled in.</summary>
    private List<(string Method, string Path, Type RequestType)> JsonBodyEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: not null } accepts
                               && accepts.ContentTypes.Contains("application/json"))
            .Select(endpoint => (
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single(),
                "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => segment.IsSimple && segment.Parts[0].IsParameter
                    ? "1"
                    : string.Concat(segment.Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().Select(part => part.Content)))),
                endpoint.Metadata.GetMetadata<IAcceptsMetadata>()!.RequestType!))
            .ToList();

    /// <summary>For each property, a body holding only that property with each JSON value its type cannot take.</summary>
    private static IEnumerable<(string Field, string Body)> WrongBodies(Type requestType)
    {
        foreach (var property in requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            foreach (var wrong in WrongValues(type))
            {
                yield return (name, $"{{\"{name}\": {wrong}}}");
            }
            if (ElementType(type) is { } element)
            {
                foreach (var wrong in WrongValues(element))
                {
                    yield return ($"{name}[1]", $"{{\"{name}\": [{ValidValue(element)}, {wrong}]}}");
                }
            }
        }
    }

    private static IEnumerable<string> WrongValues(Type type)
    {
        string[] everyKind = ["\"text\"", "12", "1.5", "true", "[1]", "{}"];
        if (type == typeof(string))
        {
            return everyKind.Where(kind => !kind.StartsWith('"'));
        }
        if (type == typeof(int))
        {
            return [.. everyKind.Where(kind => kind != "12"), "\"12\"", "2147483648", "-2147483649"];
        }
        if (type == typeof(long))
        {
            return [.. everyKind.Where(kind => kind != "12"), "\"12\"", "9223372036854775808"];
        }
        if (type == typeof(DateOnly))
        {
            return [.. everyKind.Where(kind => kind != "\"text\""), "\"2027-02-30\"", "\"2027-1-5\"", "\"2027-01-10T00:00:00\""];
        }
        if (ElementType(type) is not null)
        {
            return everyKind.Where(kind => !kind.StartsWith('['));
        }
        throw new InvalidOperationException($"No wrong JSON values are known for {type.Name}: add them here.");
    }

    private static string ValidValue(Type type) =>
        type == typeof(int) || type == typeof(long) ? "1" : type == typeof(DateOnly) ? "\"2027-01-10\"" : "\"text\"";

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }
}
