namespace HomeRental.Api.Infrastructure.Paging;

/// <summary>One page of a list, in the contract's shape: <c>{ items, page, pageSize, totalCount, totalPages }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages)
{
    /// <summary>A page beyond the end has no items but still carries the true totals.</summary>
    public static PagedList<T> Create(IReadOnlyList<T> items, PageRequest request, int totalCount) =>
        new(items, request.Number, request.Size, totalCount, (int)((totalCount + (long)request.Size - 1) / request.Size));
}
