using HomeRental.Api.Data;

namespace HomeRental.Api.Users;

public sealed record UserProfile(
    int Id,
    string Username,
    string Phone,
    string? AvatarUrl,
    bool IdentityVerified,
    DateTime CreatedAt,
    DateTime? LastLoginAt,
    int LoginCount)
{
    public static UserProfile From(User user) => new(
        user.Id, user.Username, user.Phone, user.AvatarUrl, user.IdentityVerified,
        user.CreatedAt, user.LastLoginAt, user.LoginCount);
}
