using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace HomeRental.Api.Infrastructure.Paging;

/// <summary>
/// The <c>page</c> and <c>pageSize</c> query parameters of a paged list: bind it with <c>[AsParameters]</c>
/// and validate it with <c>.WithValidation&lt;PageRequest&gt;()</c>.
/// </summary>
public sealed record PageRequest(
    [property: FromQuery(Name = "page"), Range(1, int.MaxValue), Description("The page, from 1; 1 by default.")] int? Page = null,
    [property: FromQuery(Name = "pageSize"), Range(1, PageRequest.MaxPageSize), Description("Items a page; 10 by default.")] int? PageSize = null)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>The 1-based page number asked for.</summary>
    public int Number => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    /// <summary>How many items come before this page; a long, since a far page times the size can pass int.MaxValue.</summary>
    public long Offset => (Number - 1L) * Size;
}

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(request => request.Page).GreaterThanOrEqualTo(1).WithMessage("The page must be 1 or more.");
        RuleFor(request => request.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize)
            .WithMessage($"The page size must be 1 to {PageRequest.MaxPageSize}.");
    }
}
