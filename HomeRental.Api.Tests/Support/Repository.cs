namespace HomeRental.Api.Tests.Support;

/// <summary>The repository the tests run from, for the files they check or write (docs/, tools/).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "HomeRental.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("No HomeRental.sln above the test output.");
        }
        return directory.FullName;
    }
}
