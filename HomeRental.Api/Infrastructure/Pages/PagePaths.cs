using System.Text.RegularExpressions;
using HomeRental.Api.Infrastructure.Validation;

namespace HomeRental.Api.Infrastructure.Pages;

/// <summary>
/// Maps a request path to a page file under the web root. Only a single plain name is ever turned into a
/// file path, so no request can name a file outside <c>wwwroot/html</c> (or the favicon).
/// </summary>
public static partial class PagePaths
{
    public const string NotFoundPage = "html/404.html";
    public const string Favicon = "favicon.ico";

    /// <summary>The web-root-relative file for the path, or null when the path names no page.</summary>
    public static string? Resolve(string? path)
    {
        var name = (path ?? string.Empty).Trim('/');
        if (name.Length == 0)
        {
            return "html/index.html";
        }
        if (name == Favicon)
        {
            return Favicon;
        }
        var page = PageName().Match(name);
        return page.Success ? $"html/{page.Groups["name"].Value.ToLowerInvariant()}.html" : null;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][A-Za-z0-9_-]{0,63})(?:\.[Hh][Tt][Mm][Ll])?\z", InputPatterns.Options)]
    private static partial Regex PageName();
}
