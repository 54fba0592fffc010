using HomeRental.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Districts;

/// <summary>Adds the districts and amenities that are missing; running it again changes nothing.</summary>
public static class ReferenceDataSeeder
{
    public static readonly IReadOnlyList<string> DistrictNames =
    [
        "Dongcheng", "Xicheng", "Chaoyang", "Haidian", "Fengtai", "Shijingshan",
        "Tongzhou", "Shunyi", "Changping", "Daxing",
    ];

    public static readonly IReadOnlyList<string> AmenityNames =
    [
        "Wi-Fi", "Air conditioning", "Heating", "Kitchen", "Washing machine", "Refrigerator",
        "Television", "Hot water", "Hair dryer", "Elevator", "Free parking", "Workspace",
        "Balcony", "Pets allowed",
    ];

    public static async Task SeedAsync(HomeRentalDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.Select(district => district.Name).ToListAsync(cancellationToken);
        db.Districts.AddRange(DistrictNames.Except(districts).Select(name => new District { Name = name }));

        var amenities = await db.Amenities.Select(amenity => amenity.Name).ToListAsync(cancellationToken);
        db.Amenities.AddRange(AmenityNames.Except(amenities).Select(name => new Amenity { Name = name }));

        await db.SaveChangesAsync(cancellationToken);
    }
}
