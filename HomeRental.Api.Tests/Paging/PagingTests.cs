using FluentValidation;
using HomeRental.Api.Infrastructure.Paging;
using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http;

namespace HomeRental.Api.Tests.Paging;

public sealed class PagingTests
{
    private static readonly IValidator<PageRequest> Validator = new PageRequestValidator();

    [Fact]
    public void Without_parameters_it_is_the_first_page_of_ten()
    {
        var request = new PageRequest();

        request.Should().BeEquivalentTo(new { Number = 1, Size = 10, Offset = 0L });
        Validator.Validate(request).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(1, 50, true)]
    [InlineData(int.MaxValue, 50, true)]
    [InlineData(0, 10, false)]
    [InlineData(-1, 10, false)]
    [InlineData(1, 0, false)]
    [InlineData(1, 51, false)]
    public void Page_starts_at_1_and_page_size_is_1_to_50(int page, int pageSize, bool valid) =>
        Validator.Validate(new PageRequest(page, pageSize)).IsValid.Should().Be(valid);

    [Fact]
    public void A_far_page_has_an_offset_beyond_int()
    {
        new PageRequest(int.MaxValue, 50).Offset.Should().Be((int.MaxValue - 1L) * 50);
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(10, 10, 1)]
    [InlineData(11, 10, 2)]
    [InlineData(int.MaxValue, 1, int.MaxValue)]
    public void Total_pages_round_up(int totalCount, int pageSize, int totalPages)
    {
        var page = PagedList<int>.Create([], new PageRequest(3, pageSize), totalCount);

        page.Should().BeEquivalentTo(new { Items = Array.Empty<int>(), Page = 3, PageSize = pageSize, TotalCount = totalCount, TotalPages = totalPages });
    }

    [Fact]
    public void A_page_parameter_that_does_not_bind_is_named_as_in_the_query_string()
    {
        // [AsParameters] reports the property's name (Page) though the query string says page.
        var problem = ExceptionProblems.TryMap(new BadHttpRequestException("Failed to bind parameter \"Nullable<int> PageSize\" from \"abc\"."));

        problem!.Code.Should().Be("validation_failed");
        problem.Errors.Should().ContainKey("pageSize");
    }
}
