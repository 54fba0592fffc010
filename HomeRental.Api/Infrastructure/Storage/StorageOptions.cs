namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Where the app keeps its files; relative paths are resolved against the content root.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string UploadsPath { get; set; } = "data/uploads";

    /// <summary>The data-protection key ring: every instance behind one address must share it.</summary>
    public string KeysPath { get; set; } = "data/keys";

    public void ResolveAgainst(string contentRoot)
    {
        UploadsPath = Path.GetFullPath(UploadsPath, contentRoot);
        KeysPath = Path.GetFullPath(KeysPath, contentRoot);
    }
}
