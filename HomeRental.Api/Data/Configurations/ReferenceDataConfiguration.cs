using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(district => district.Name).HasMaxLength(32).IsRequired();
        builder.HasIndex(district => district.Name).IsUnique();
    }
}

internal sealed class AmenityConfiguration : IEntityTypeConfiguration<Amenity>
{
    public void Configure(EntityTypeBuilder<Amenity> builder)
    {
        builder.Property(amenity => amenity.Name).HasMaxLength(32).IsRequired();
        builder.HasIndex(amenity => amenity.Name).IsUnique();
    }
}
