using System.Security.Cryptography;
using System.Text.Json;
using HomeRental.Api.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HomeRental.Api.Districts;

/// <summary>
/// The districts and amenities, read from the database once and kept in memory: they are seeded at start-up
/// and never change while the app runs. Each list carries the strong ETag of its JSON body.
/// </summary>
public sealed class ReferenceData(IServiceScopeFactory scopes, IOptions<JsonOptions> jsonOptions)
{
    private ReferenceList? districts;
    private ReferenceList? amenities;

    public async Task<ReferenceList> DistrictsAsync(CancellationToken cancellationToken) =>
        districts ??= await LoadAsync(
            db => db.Districts.OrderBy(district => district.Id).Select(district => new ReferenceItem(district.Id, district.Name)), cancellationToken);

    public async Task<ReferenceList> AmenitiesAsync(CancellationToken cancellationToken) =>
        amenities ??= await LoadAsync(
            db => db.Amenities.OrderBy(amenity => amenity.Id).Select(amenity => new ReferenceItem(amenity.Id, amenity.Name)), cancellationToken);

    // Two first requests at once may both load; they read the same rows, so either result may stay.
    private async Task<ReferenceList> LoadAsync(Func<HomeRentalDbContext, IQueryable<ReferenceItem>> orderedQuery, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var items = await orderedQuery(db).AsNoTracking().ToListAsync(cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(items, jsonOptions.Value.SerializerOptions);
        return new ReferenceList(items, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body), 0, 16)}\""));
    }
}

public sealed record ReferenceList(IReadOnlyList<ReferenceItem> Items, EntityTagHeaderValue ETag);
