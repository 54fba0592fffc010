using System.Reflection;
using HomeRental.Api.Data;

namespace HomeRental.Api.Tests.Users;

public sealed class UserPasswordTests
{
    [Fact]
    public void A_password_verifies_only_against_itself()
    {
        var user = new User();
        user.SetPassword("s3cret-enough");

        user.VerifyPassword("s3cret-enough").Should().BeTrue();
        user.VerifyPassword("s3cret-enougH").Should().BeFalse();
        new User().VerifyPassword(string.Empty).Should().BeFalse("a user without a password never verifies");
    }

    [Fact]
    public void The_entity_offers_no_way_to_read_the_password_or_its_hash()
    {
        var readable = typeof(User).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(member => member.Name.Contains("Password", StringComparison.OrdinalIgnoreCase)
                             && member is PropertyInfo or FieldInfo);
        readable.Should().BeEmpty();
    }
}
