using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class CalendarBlockConfiguration : IEntityTypeConfiguration<CalendarBlock>
{
    public const int NoteMaxLength = 200;

    public void Configure(EntityTypeBuilder<CalendarBlock> builder)
    {
        builder.Property(block => block.Note).HasMaxLength(NoteMaxLength);
        builder.HasOne(block => block.House).WithMany().HasForeignKey(block => block.HouseId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(block => block.Import).WithMany(import => import.Events).HasForeignKey(block => block.ImportId)
            .OnDelete(DeleteBehavior.Cascade);

        // The availability check of search and booking, as the orders' index: a house's blocks that end after a stay begins.
        builder.HasIndex(block => new { block.HouseId, block.CheckOut, block.CheckIn });
    }
}

internal sealed class CalendarImportConfiguration : IEntityTypeConfiguration<CalendarImport>
{
    public const int NameMaxLength = 64;
    public const int UrlMaxLength = 2000;

    public void Configure(EntityTypeBuilder<CalendarImport> builder)
    {
        builder.Property(import => import.Name).HasMaxLength(NameMaxLength).IsRequired();
        builder.Property(import => import.Url).HasMaxLength(UrlMaxLength).IsRequired();
        builder.Property(import => import.LastError).HasMaxLength(500);
        builder.HasOne(import => import.House).WithMany().HasForeignKey(import => import.HouseId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(import => import.HouseId);
        builder.HasIndex(import => import.FetchClaimedUntil);
    }
}
