using HomeRental.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Saves uploaded images under the uploads folder with random names, and removes replaced ones.</summary>
public sealed class ImageUploads(IOptions<StorageOptions> options, ILogger<ImageUploads> logger)
{
    public const long MaxImageBytes = 5 * 1024 * 1024;
    [ProblemCode(StatusCodes.Status400BadRequest, "no file in the upload's field, an empty file, or not a JPEG, PNG, GIF or WebP by its bytes")]
    public const string UnsupportedImage = "unsupported_image";
    [ProblemCode(StatusCodes.Status413PayloadTooLarge, "the image is larger than 5 MiB")]
    public const string FileTooLarge = "file_too_large";

    private readonly StorageOptions storage = options.Value;

    /// <summary>Checks the file by its bytes and saves it under <paramref name="folder"/>; answers its URL or the problem to return.</summary>
    public async Task<(string? Url, ProblemHttpResult? Problem)> SaveAsync(IFormFile? file, string field, string folder, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, ApiProblems.BadRequest(UnsupportedImage, $"Attach an image in the multipart field '{field}'."));
        }
        if (file.Length > MaxImageBytes)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, FileTooLarge, "The image is larger than 5 MiB."));
        }

        await using var source = file.OpenReadStream();
        var header = new byte[ImageFormat.HeaderLength];
        var headerLength = await source.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var extension = ImageFormat.Sniff(header.AsSpan(0, headerLength));
        if (extension is null)
        {
            return (null, ApiProblems.BadRequest(UnsupportedImage, "The file is not a JPEG, PNG, GIF or WebP image."));
        }

        var directory = Path.Combine(storage.UploadsPath, folder);
        Directory.CreateDirectory(directory);
        var fileName = $"{Guid.NewGuid():N}.{extension}";
        var path = Path.Combine(directory, fileName);
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await target.WriteAsync(header.AsMemory(0, headerLength), cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return ($"{UploadsStaticFiles.RequestPath}/{folder}/{fileName}", null);
    }

    /// <summary>Removes a file saved by <see cref="SaveAsync"/>; other URLs and missing files are ignored.</summary>
    public void Delete(string? url)
    {
        var prefix = UploadsStaticFiles.RequestPath + "/";
        if (url is null || !url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return;
        }
        var path = Path.GetFullPath(Path.Combine(storage.UploadsPath, url[prefix.Length..]));
        if (!path.StartsWith(storage.UploadsPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return;
        }
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not remove the replaced upload {Url}", url);
        }
    }
}
