using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.HasKey(image => image.Name);
        builder.Property(image => image.Name).HasMaxLength(128);
        builder.Property(image => image.Content).IsRequired();
        builder.Property(image => image.ContentHash).HasMaxLength(64).IsRequired();
    }
}
