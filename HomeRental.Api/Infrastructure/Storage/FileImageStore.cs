using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Images as files under <see cref="StorageOptions.UploadsPath"/>, served by <see cref="UploadsServing"/>.</summary>
public sealed class FileImageStore(IOptions<StorageOptions> options) : IImageStore
{
    private readonly string uploadsPath = options.Value.UploadsPath;

    public async Task SaveAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(uploadsPath, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(target, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public Task DeleteAsync(string name)
    {
        File.Delete(Path.Combine(uploadsPath, name));
        return Task.CompletedTask;
    }
}
