namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Keeps the bytes of uploaded images under their names ("avatars/{random}.png"), as <c>Storage:Images</c> says.</summary>
public interface IImageStore
{
    /// <summary>Saves the whole content under the name, or nothing: a save that fails leaves no image behind.</summary>
    Task SaveAsync(string name, Stream content, CancellationToken cancellationToken);

    /// <summary>Removes the image; a name that holds none is no error.</summary>
    Task DeleteAsync(string name);
}
