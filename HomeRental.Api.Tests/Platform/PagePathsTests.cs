using HomeRental.Api.Infrastructure.Pages;

namespace HomeRental.Api.Tests.Platform;

public sealed class PagePathsTests
{
    [Theory]
    [InlineData(null, "html/index.html")]
    [InlineData("", "html/index.html")]
    [InlineData("login", "html/login.html")]
    [InlineData("login.html", "html/login.html")]
    [InlineData("favicon.ico", "favicon.ico")]
    public void A_plain_page_name_maps_to_its_file(string? path, string expected) =>
        PagePaths.Resolve(path).Should().Be(expected);

    [Theory]
    [InlineData("..")]
    [InlineData("../login")]
    [InlineData("html/login")]
    [InlineData("login.htm")]
    [InlineData("login.html.html")]
    [InlineData(".hidden")]
    [InlineData("a\\b")]
    [InlineData("log in")]
    public void Anything_but_a_plain_page_name_maps_to_nothing(string path) =>
        PagePaths.Resolve(path).Should().BeNull();
}
