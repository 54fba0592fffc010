namespace HomeRental.Api.Data;

/// <summary>An uploaded image kept in the database (<c>Storage:Images</c> = Database), under the name its URL ends in.</summary>
public class StoredImage
{
    /// <summary>The URL's path under /uploads: "avatars/{random}.png".</summary>
    public string Name { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    /// <summary>The SHA-256 of <see cref="Content"/> in lowercase hex: the image's entity tag.</summary>
    public string ContentHash { get; set; } = string.Empty;
}
