using System.Text.Json;
using HomeRental.Api.Data;
using HomeRental.Api.Tests.Support;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Orders;

/// <summary>The API writes and reads each status by its contract name, with the serializer options the app itself uses.</summary>
public sealed class OrderStatusNamesTests : IDisposable
{
    private readonly HomeRentalFactory factory = new();

    private JsonSerializerOptions AppOptions => factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

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
        JsonSerializer.Serialize(status, AppOptions).Should().Be($"\"{name}\"");
        JsonSerializer.Deserialize<OrderStatus>($"\"{name}\"", AppOptions).Should().Be(status);
    }

    [Fact]
    public void The_names_above_cover_every_status()
    {
        Enum.GetValues<OrderStatus>().Should().HaveCount(7);
    }

    public void Dispose() => factory.Dispose();
}
