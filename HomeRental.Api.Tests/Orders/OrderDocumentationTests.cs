using System.Text.Json;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Orders;

/// <summary>The OpenAPI document shows every order endpoint with the status codes it can answer.</summary>
public sealed class OrderDocumentationTests(OrderDocumentationTests.Fixture factory) : IClassFixture<OrderDocumentationTests.Fixture>
{
    public sealed class Fixture : HomeRentalFactory;

    [Theory]
    [InlineData("/api/v1.0/orders", "post", "201 400 401 403 404 408 409 413 415 500 503")]
    [InlineData("/api/v1.0/orders/{id}", "get", "200 401 404 500 503")]
    [InlineData("/api/v1.0/orders/{id}/status", "put", "200 400 401 403 404 408 409 413 415 500 503")]
    [InlineData("/api/v1.0/orders/{id}/payment", "post", "200 400 401 403 404 409 500 503")]
    [InlineData("/api/v1.0/orders/{id}/cancellation", "post", "200 400 401 403 404 409 500 503")]
    [InlineData("/api/v1.0/orders/{id}/review", "put", "200 400 401 403 404 408 409 413 415 500 503")]
    [InlineData("/api/v1.0/users/me/orders", "get", "200 400 401 500 503")]
    public async Task Each_order_endpoint_is_documented_with_its_status_codes(string path, string method, string codes)
    {
        var operation = await OperationAsync(path, method);

        operation.GetProperty("responses").EnumerateObject().Select(response => response.Name)
            .Should().BeEquivalentTo(codes.Split(' '));
        operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_payment_endpoint_says_that_the_sandbox_moves_no_money()
    {
        var operation = await OperationAsync("/api/v1.0/orders/{id}/payment", "post");

        operation.GetProperty("summary").GetString().Should().Contain("Sandbox").And.Contain("moves no money");
    }

    private async Task<JsonElement> OperationAsync(string path, string method)
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
    }
}
