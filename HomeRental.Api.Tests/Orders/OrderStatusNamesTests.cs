using System.Text.Json;
using System.Text.Json.Serialization;
using HomeRental.Api.Data;

namespace HomeRental.Api.Tests.Orders;

/// <summary>The API writes statuses with JsonStringEnumConverter and the SnakeCaseUpper policy.</summary>
public class OrderStatusNamesTests
{
    private static readonly JsonSerializerOptions ContractOptions = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    [Theory]
    [InlineData(OrderStatus.Pending, "PENDING")]
    [InlineData(OrderStatus.Unpaid, "UNPAID")]
    [InlineData(OrderStatus.Paid, "PAID")]
    [InlineData(OrderStatus.ReviewPending, "REVIEW_PENDING")]
    [InlineData(OrderStatus.Completed, "COMPLETED")]
    [InlineData(OrderStatus.Cancelled, "CANCELLED")]
    [InlineData(OrderStatus.Rejected, "REJECTED")]
    public void Each_status_is_written_and_read_by_its_contract_name(OrderStatus status, string name)
    {
        JsonSerializer.Serialize(status, ContractOptions).Should().Be($"\"{name}\"");
        JsonSerializer.Deserialize<OrderStatus>($"\"{name}\"", ContractOptions).Should().Be(status);
    }

    [Fact]
    public void The_names_above_cover_every_status()
    {
        Enum.GetValues<OrderStatus>().Should().HaveCount(7);
    }
}
