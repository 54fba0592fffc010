using HomeRental.Api.Infrastructure.Configuration;

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
    public const string ImagesSetting = $"{StorageOptions.SectionName}:Images";

    /// <summary>
    /// The storage folders, resolved against the content root, and the image uploads, kept where <c>Storage:Images</c>
    /// says (files when it is not set); a value that names no storage stops start-up with a message naming the setting.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.UploadsPath) && !string.IsNullOrWhiteSpace(options.KeysPath),
                "Storage:UploadsPath and Storage:KeysPath must name folders.")
            .PostConfigure<IHostEnvironment>((options, environment) => options.ResolveAgainst(environment.ContentRootPath))
            .ValidateOnStart();

        var images = NamedChoice.Read(configuration, ImagesSetting, ImageStorage.Files, "a place this app keeps images");
        services.AddSingleton(new ImageStorageChoice(images));
        if (images == ImageStorage.Database)
        {
            services.AddSingleton<IImageStore, DatabaseImageStore>();
        }
        else
        {
            services.AddSingleton<IImageStore, FileImageStore>();
        }
        services.AddSingleton<ImageUploads>();
        return services;
    }
}
