using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(order => order.Notes).HasMaxLength(500);
        builder.Property(order => order.Comment).HasMaxLength(500);

        builder.HasOne(order => order.Guest).WithMany().HasForeignKey(order => order.GuestId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(order => order.House).WithMany().HasForeignKey(order => order.HouseId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(order => new { order.HouseId, order.CheckIn, order.CheckOut });
        // The availability check of the house search: a house's orders that end after the stay begins, usually
        // few of its many past ones, with what the check reads so that it never touches the table.
        builder.HasIndex(order => new { order.HouseId, order.CheckOut, order.CheckIn, order.Status });
        // A house's reviews, newest first: its completed orders in the order they were completed.
        builder.HasIndex(order => new { order.HouseId, order.Status, order.UpdatedAt });
        builder.HasIndex(order => new { order.GuestId, order.CreatedAt });
        builder.HasIndex(order => order.Status);
        // The expiry sweep: the orders that lapse next.
        builder.HasIndex(order => order.ExpiresAt);
    }
}
