using System.Text.Json;
using HomeRental.Api.Houses;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Orders;
using Microsoft.AspNetCore.Http;

namespace HomeRental.Api.Tests.Validation;

/// <summary>How a value System.Text.Json could not convert becomes a field error, and what stays a malformed body.</summary>
public sealed class JsonFieldErrorsTests
{
    [Theory]
    [InlineData("$.amenityIds[1]", "amenityIds[1]", "an integer from -2147483648 to 2147483647")]
    [InlineData("$.amenityIds", "amenityIds", "an array whose items are each an integer")]
    [InlineData("$.title", "title", "a string")]
    [InlineData("$['priceCents']", "priceCents", "an integer from -9223372036854775808")]
    [InlineData("$.PRICECENTS", "PRICECENTS", "an integer from -9223372036854775808")]
    public void The_field_is_named_as_sent_with_what_it_takes(string path, string field, string expected)
    {
        var problem = JsonFieldErrors.TryMap(new JsonException("converter", path, null, null), typeof(CreateHouseRequest));

        problem!.Code.Should().Be("validation_failed");
        problem.Errors!.Keys.Should().Equal(field);
        problem.Errors[field].Single().Should().StartWith($"{field} must be {expected}");
    }

    [Fact]
    public void A_date_says_how_to_write_one() =>
        JsonFieldErrors.TryMap(new JsonException("converter", "$.checkIn", null, null), typeof(CreateOrderRequest))!
            .Detail.Should().Be("checkIn must be a real date written yyyy-MM-dd, such as 2027-01-10.");

    [Theory]
    [InlineData("$")]
    [InlineData(null)]
    public void A_body_that_is_not_an_object_is_not_a_field_error(string? path) =>
        JsonFieldErrors.TryMap(new JsonException("converter", path, null, null), typeof(CreateHouseRequest)).Should().BeNull();

    [Fact]
    public void Text_that_is_not_json_stays_a_malformed_request()
    {
        var notJson = new JsonException("reader", "$.title", 1, 10, new JsonException("'a' is an invalid start of a value."));

        var problem = ExceptionProblems.TryMap(new BadHttpRequestException("body", notJson), typeof(CreateHouseRequest));

        problem.Should().BeEquivalentTo(new { Code = "malformed_request", Detail = "The request body is not valid JSON.", Errors = (object?)null });
    }
}
