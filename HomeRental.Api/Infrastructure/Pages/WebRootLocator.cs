namespace HomeRental.Api.Infrastructure.Pages;

/// <summary>
/// Finds the bundled pages: <c>wwwroot</c> at the repository root when run from the sources or the tests,
/// or the copy beside the binaries in a publish.
/// </summary>
public static class WebRootLocator
{
    public static string Locate()
    {
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "wwwroot");
                if (File.Exists(Path.Combine(candidate, "html", "index.html")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"No wwwroot with html/index.html was found above {string.Join(" or ", starts)}.");
    }
}
