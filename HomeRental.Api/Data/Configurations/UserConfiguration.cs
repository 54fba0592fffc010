using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HomeRental.Api.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(user => user.Username).HasMaxLength(32).IsRequired();
        builder.Property(user => user.Phone).HasMaxLength(11).IsRequired();
        builder.Property<string>("passwordHash").HasColumnName("PasswordHash").IsRequired();
        builder.Property(user => user.RealName).HasMaxLength(32);
        builder.Property(user => user.IdNumber).HasMaxLength(18);
        builder.Property(user => user.AvatarUrl).HasMaxLength(256);
        builder.Ignore(user => user.IdentityVerified);
        builder.HasIndex(user => user.Phone).IsUnique();
        builder.HasIndex(user => user.Username).IsUnique();
        // A real-name check that several accounts could share would check nothing.
        builder.HasIndex(user => user.IdNumber).IsUnique();
    }
}
