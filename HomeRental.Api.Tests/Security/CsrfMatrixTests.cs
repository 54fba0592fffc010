using System.Net;
using System.Net.Http.Json;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Every unsafe API endpoint the app maps, read from its own route table so that a new endpoint is covered
/// the day it is added, refuses a request without the CSRF header, signed in or not, and changes nothing.
/// </summary>
public sealed class CsrfMatrixTests(CsrfMatrixTests.Fixture fixture) : IClassFixture<CsrfMatrixTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public async Task Every_unsafe_endpoint_refuses_a_request_without_the_csrf_header()
    {
        var endpoints = UnsafeApiEndpoints();
        endpoints.Should().HaveCountGreaterThan(10, "the route table is read");
        var signedIn = fixture.CreateClientWithoutCsrfHeader();
        var owner = await fixture.RegisterAsync(fixture.CreateApiClient());
        var session = await SignInWithoutHeaderAsync(signedIn, owner.Phone);
        var anonymous = fixture.CreateClientWithoutCsrfHeader();
        await anonymous.GetAsync("/");

        foreach (var (method, template) in endpoints)
        {
            var path = "/" + template.Replace("{id:int}", "1").Replace("{id}", "1");
            foreach (var client in new[] { anonymous, session })
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = JsonContent.Create(new { username = "changed-by-forgery" }),
                });
                await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "csrf_invalid");
            }
        }

        var profile = await fixture.WithDbAsync(db => Task.FromResult(db.Users.Single(user => user.Id == owner.Id)));
        profile.Username.Should().Be(owner.Username, "a refused request changes nothing");
    }

    private List<(string Method, string Template)> UnsafeApiEndpoints() =>
        fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api") == true || endpoint.RoutePattern.RawText?.StartsWith("api") == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Intersect(UnsafeMethods)
                .Select(method => (method, endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .ToList();

    // Signs in with a header taken from the cookie once, then keeps only the cookies: later requests carry no header.
    private static async Task<HttpClient> SignInWithoutHeaderAsync(HttpClient client, string phone)
    {
        var token = (await client.GetFromJsonAsync<TokenBody>("/api/v1.0/csrf-token"))!.Token;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1.0/sessions")
        {
            Content = JsonContent.Create(new { phone, password = AccountSteps.Password }),
        };
        request.Headers.Add("X-CSRF-Token", token);
        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
        return client;
    }

    private sealed record TokenBody(string Token);
}
