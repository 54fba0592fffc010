using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class HouseConfiguration : IEntityTypeConfiguration<House>
{
    public void Configure(EntityTypeBuilder<House> builder)
    {
        builder.Property(house => house.Title).HasMaxLength(64).IsRequired();
        builder.Property(house => house.Description).HasMaxLength(Houses.HouseRules.DescriptionMaxLength).IsRequired();
        builder.Property(house => house.Address).HasMaxLength(256).IsRequired();
        builder.Property(house => house.FloorPlan).HasMaxLength(64).IsRequired();
        builder.Property(house => house.BedConfig).HasMaxLength(256).IsRequired();
        builder.Property(house => house.CoverImageUrl).HasMaxLength(256);
        builder.Property(house => house.CalendarExportToken).HasMaxLength(64);

        builder.HasOne(house => house.Owner).WithMany().HasForeignKey(house => house.OwnerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(house => house.District).WithMany().HasForeignKey(house => house.DistrictId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(house => house.Amenities).WithMany(amenity => amenity.Houses)
            .UsingEntity(join => join.ToTable("HouseAmenities"));

        // One index per sort of the house search, within a district and across all: each walks the houses in the
        // sort's order (ties by Id), and carries the night limits so that the search can filter and count from the
        // index alone, reading a house's row only for the page it returns.
        builder.HasIndex(house => new { house.DistrictId, house.CreatedAt, house.Id, house.MinNights, house.MaxNights });
        builder.HasIndex(house => new { house.DistrictId, house.BookingCount, house.Id, house.MinNights, house.MaxNights });
        builder.HasIndex(house => new { house.DistrictId, house.PriceCents, house.Id, house.MinNights, house.MaxNights });
        builder.HasIndex(house => house.CreatedAt);
        builder.HasIndex(house => house.BookingCount);
        builder.HasIndex(house => house.PriceCents);
        builder.HasIndex(house => new { house.OwnerId, house.CreatedAt });
        builder.HasIndex(house => house.CalendarExportToken).IsUnique();
    }
}

internal sealed class HouseChangeConfiguration : IEntityTypeConfiguration<HouseChange>
{
    public void Configure(EntityTypeBuilder<HouseChange> builder)
    {
        builder.HasOne(change => change.House).WithMany().HasForeignKey(change => change.HouseId)
            .OnDelete(DeleteBehavior.Cascade);
        // For the pruning of old changes; the catch-up reads by Id, the key.
        builder.HasIndex(change => change.ChangedAt);
    }
}

internal sealed class HouseImageConfiguration : IEntityTypeConfiguration<HouseImage>
{
    public void Configure(EntityTypeBuilder<HouseImage> builder)
    {
        builder.Property(image => image.Url).HasMaxLength(256).IsRequired();
        builder.HasOne(image => image.House).WithMany(house => house.Images)
            .HasForeignKey(image => image.HouseId).OnDelete(DeleteBehavior.Cascade);
    }
}
