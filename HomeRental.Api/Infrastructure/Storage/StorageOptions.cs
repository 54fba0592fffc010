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

public static class StorageServiceCollectionExtensions
{
    /// <summary>The storage folders, resolved against the content root, and the image uploads kept in them.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.UploadsPath) && !string.IsNullOrWhiteSpace(options.KeysPath),
                "Storage:UploadsPath and Storage:KeysPath must name folders.")
            .PostConfigure<IHostEnvironment>((options, environment) => options.ResolveAgainst(environment.ContentRootPath))
            .ValidateOnStart();
        services.AddSingleton<ImageUploads>();
        return services;
    }
}
