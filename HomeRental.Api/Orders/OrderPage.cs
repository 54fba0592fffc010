namespace HomeRental.Api.Orders;

/// <summary>A page of orders in the contract's list shape.</summary>
public sealed record OrderPage(IReadOnlyList<OrderResponse> Items, int Page, int PageSize, int TotalCount, int TotalPages)
{
    public static OrderPage Of(IReadOnlyList<OrderResponse> items, OrderPageRequest request, int totalCount) =>
        new(items, request.Page, request.PageSize, totalCount, (int)((totalCount + (long)request.PageSize - 1) / request.PageSize));
}

/// <summary>Which page of a list the caller asks for: <c>page</c> from 1, <c>pageSize</c> 1 to 50.</summary>
public readonly record struct OrderPageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>How many items come before this page; a long, since page × pageSize can pass int.MaxValue.</summary>
    public long Skip => (Page - 1L) * PageSize;

    /// <summary>The field errors of a request outside the limits, keyed by query parameter; empty when valid.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be 1 to {MaxPageSize}."];
        }
        return errors;
    }
}
