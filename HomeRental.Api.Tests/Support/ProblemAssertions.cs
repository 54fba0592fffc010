using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HomeRental.Api.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>Asserts the response is a problem of the contract's shape with this status and code, and returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        foreach (var member in new[] { "type", "title", "status", "detail", "code", "traceId" })
        {
            problem.TryGetProperty(member, out var value).Should().BeTrue($"a problem carries '{member}': {body}");
            value.ValueKind.Should().NotBe(JsonValueKind.Null, $"'{member}' has a value: {body}");
        }
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("code").GetString().Should().Be(code, body);
        body.Should().NotContain("   at ", "no stack trace reaches the client");
        return problem;
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web))!;
    }
}
