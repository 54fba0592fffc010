using System.Data.Common;
using System.Text.RegularExpressions;
using HomeRental.Api.Infrastructure.Problems;
using HomeRental.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Saves uploaded images under random names in the <see cref="IImageStore"/>, and removes replaced ones.</summary>
public sealed partial class ImageUploads(IImageStore store, ILogger<ImageUploads> logger)
{
    public const long MaxImageBytes = 5 * 1024 * 1024;
    [ProblemCode(StatusCodes.Status400BadRequest, "no file in the upload's field, an empty file, or not a JPEG, PNG, GIF or WebP by its bytes")]
    public const string UnsupportedImage = "unsupported_image";
    [ProblemCode(StatusCodes.Status413PayloadTooLarge, "the image is larger than 5 MiB")]
    public const string FileTooLarge = "file_too_large";

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

        // An uploaded file is buffered (in memory or on disk), so it can be read again from the start.
        source.Position = 0;
        return (await SaveAsync(source, folder, extension, cancellationToken), null);
    }

    /// <summary>Saves an image already known to be one under a random name in <paramref name="folder"/>; answers its URL.</summary>
    public async Task<string> SaveAsync(Stream image, string folder, string extension, CancellationToken cancellationToken)
    {
        var name = $"{folder}/{Guid.NewGuid():N}.{extension}";
        await store.SaveAsync(name, image, cancellationToken);
        return $"{UploadsServing.RequestPath}/{name}";
    }

    /// <summary>
    /// Removes an image saved by <see cref="SaveAsync"/>; other URLs and missing images are ignored. A removal that fails
    /// is logged, never thrown: it runs after the change that replaced the image, or while another failure is reported.
    /// </summary>
    public async Task DeleteAsync(string? url)
    {
        var saved = url is null ? null : SavedUrl().Match(url);
        if (saved is not { Success: true })
        {
            return;
        }
        try
        {
            await store.DeleteAsync(saved.Groups["name"].Value);
        }
        catch (Exception exception) when (exception is IOException or DbException)
        {
            logger.LogWarning(exception, "Could not remove the upload {Url}", url);
        }
    }

    // The URLs SaveAsync answers: nothing else, no other folder or a path outside the uploads, is ever removed.
    [GeneratedRegex($@"^{UploadsServing.RequestPath}/(?<name>[a-z]+/[0-9a-f]{{32}}\.[a-z]+)\z", InputPatterns.Options)]
    private static partial Regex SavedUrl();
}
