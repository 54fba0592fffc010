using Microsoft.AspNetCore.Identity;

namespace HomeRental.Api.Data;

public class User : IAuditable
{
    private static readonly PasswordHasher<User> Hasher = new();

    // Mapped by EF Core through its backing field: the hash can be set and verified, never read back.
    private string passwordHash = string.Empty;

    public int Id { get; set; }
    public string Username { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    public string? RealName { get; set; }
    public string? IdNumber { get; set; }
    public string? AvatarUrl { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
    public int LoginCount { get; set; }

    public bool IdentityVerified => RealName is not null && IdNumber is not null;

    public void SetPassword(string password) => passwordHash = Hasher.HashPassword(this, password);

    public bool VerifyPassword(string password) =>
        passwordHash.Length > 0 &&
        Hasher.VerifyHashedPassword(this, passwordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>
    /// Spends the same work as a real verification, so that an unknown phone number
    /// cannot be told from a wrong password by the time the answer takes.
    /// </summary>
    public static void VerifyAgainstDummy(string password) => DummyUser.VerifyPassword(password);

    private static readonly User DummyUser = CreateDummy();

    private static User CreateDummy()
    {
        var user = new User();
        user.SetPassword(Guid.NewGuid().ToString());
        return user;
    }
}
