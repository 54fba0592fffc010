using System.Text.Json;
using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

public static class OrderStatusNames
{
    /// <summary>A status as the API writes it, e.g. REVIEW_PENDING.</summary>
    public static string Of(OrderStatus status) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(status.ToString());
}
