namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>Where uploaded images are kept, chosen by <c>Storage:Images</c>; their URLs are the same either way.</summary>
public enum ImageStorage
{
    /// <summary>Files under <c>Storage:UploadsPath</c>, a folder every instance must share.</summary>
    Files,

    /// <summary>The bytes in the database, for instances that share nothing else.</summary>
    Database,
}

/// <summary>The image storage chosen at start-up.</summary>
public sealed record ImageStorageChoice(ImageStorage Storage);
