using System.Security.Cryptography;
using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Infrastructure.Storage;

/// <summary>
/// Images as rows of <see cref="HomeRentalDbContext.StoredImages"/>, each written by one insert, so that instances
/// sharing only the database serve each other's uploads (<see cref="StoredImagesMiddleware"/>). Each call has a
/// context of its own: saving an image never saves, or waits for, what the request's context has pending.
/// </summary>
public sealed class DatabaseImageStore(IServiceScopeFactory scopes) : IImageStore
{
    public async Task SaveAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        db.StoredImages.Add(new StoredImage { Name = name, Content = bytes, ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)) });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        await db.StoredImages.Where(image => image.Name == name).ExecuteDeleteAsync();
    }
}
