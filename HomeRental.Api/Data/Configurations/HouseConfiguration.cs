using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class HouseConfiguration : IEntityTypeConfiguration<House>
{
    public void Configure(EntityTypeBuilder<House> builder)
    {
        builder.Property(house => house.Title).HasMaxLength(64).IsRequired();
        builder.Property(house => house.Address).HasMaxLength(256).IsRequired();
        builder.Property(house => house.FloorPlan).HasMaxLength(64).IsRequired();
        builder.Property(house => house.BedConfig).HasMaxLength(256).IsRequired();
        builder.Property(house => house.CoverImageUrl).HasMaxLength(256);

        builder.HasOne(house => house.Owner).WithMany().HasForeignKey(house => house.OwnerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(house => house.District).WithMany().HasForeignKey(house => house.DistrictId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(house => house.Amenities).WithMany(amenity => amenity.Houses)
            .UsingEntity(join => join.ToTable("HouseAmenities"));

        builder.HasIndex(house => new { house.DistrictId, house.CreatedAt });
        builder.HasIndex(house => new { house.OwnerId, house.CreatedAt });
        builder.HasIndex(house => house.BookingCount);
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
