using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace HomeRental.Api.Tests.Platform;

public sealed class ExceptionProblemsTests
{
    [Fact]
    public void A_store_outage_is_503_dependency_unavailable() =>
        ExceptionProblems.TryMap(new StoreUnavailableException("down"))
            .Should().BeEquivalentTo(new { Status = 503, Code = "dependency_unavailable" });

    [Theory]
    [InlineData(5)]
    [InlineData(14)]
    public void A_busy_or_unopenable_database_is_503(int sqliteCode) =>
        ExceptionProblems.TryMap(new SqliteException("busy", sqliteCode))
            .Should().BeEquivalentTo(new { Status = 503, Code = "dependency_unavailable" });

    [Fact]
    public void A_constraint_failure_is_not_an_outage() =>
        ExceptionProblems.TryMap(new SqliteException("constraint", 19)).Should().BeNull();

    [Fact]
    public void A_query_parameter_that_does_not_bind_is_a_validation_problem_naming_it()
    {
        var problem = ExceptionProblems.TryMap(new BadHttpRequestException("Failed to bind parameter \"int page\" from \"abc\"."));

        problem!.Code.Should().Be("validation_failed");
        problem.Errors.Should().ContainKey("page");
    }

    [Fact]
    public void Anything_unknown_is_left_to_the_generic_500() =>
        ExceptionProblems.TryMap(new InvalidOperationException("bug")).Should().BeNull();
}
