using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Infrastructure.Paging;

public static class PagingQueryableExtensions
{
    /// <summary>
    /// Counts <paramref name="filtered"/>, then reads the requested page of <paramref name="orderAndProject"/>(filtered):
    /// two queries, the count without the ordering and joins of the projection. A page beyond the end reads nothing.
    /// </summary>
    /// <param name="orderAndProject">Orders the rows (totally, ending with a unique key) and projects them to items.</param>
    public static async Task<PagedList<TItem>> ToPagedListAsync<TSource, TItem>(
        this IQueryable<TSource> filtered,
        Func<IQueryable<TSource>, IQueryable<TItem>> orderAndProject,
        PageRequest request,
        CancellationToken cancellationToken = default)
    {
        var totalCount = await filtered.CountAsync(cancellationToken);
        IReadOnlyList<TItem> items = request.Offset < totalCount
            ? await orderAndProject(filtered).Skip((int)request.Offset).Take(request.Size).ToListAsync(cancellationToken)
            : [];
        return PagedList<TItem>.Create(items, request, totalCount);
    }
}
