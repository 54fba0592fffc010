using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Platform;

/// <summary>docs/API.md lists every problem code with its status and meaning exactly as the code that defines it says.</summary>
public sealed class ProblemCodeDocsTests
{
    private const string Start = "<!-- problem codes: generated from [ProblemCode]; ProblemCodeDocsTests checks it -->";
    private const string End = "<!-- end of problem codes -->";

    [Fact]
    public void The_api_document_lists_every_problem_code_as_the_code_defines_it()
    {
        var document = File.ReadAllText(Repository.PathOf("docs", "API.md"));
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"docs/API.md marks its list of problem codes with {Start}");
        end.Should().BeGreaterThan(start);

        var listed = document[(start + Start.Length)..end].Trim();

        listed.Should().Be(Table(), "docs/API.md must list the codes as the [ProblemCode] attributes define them; paste this table there");
    }

    [Fact]
    public void Every_problem_code_has_one_status_and_a_meaning()
    {
        ProblemCatalog.All.Should().Contain(code => code.Code == "phone_taken", "the catalog finds the features' codes");
        ProblemCatalog.All.Select(code => code.Code).Should().OnlyHaveUniqueItems();
        ProblemCatalog.All.Should().OnlyContain(code => code.Status >= 400 && code.Meaning.Length > 0);
    }

    private static string Table() => string.Join('\n', new[] { "| status | code | meaning |", "| --- | --- | --- |" }
        .Concat(ProblemCatalog.All.Select(code => $"| {code.Status} | `{code.Code}` | {code.Meaning} |")));
}
