using HomeRental.Api.Data;

namespace HomeRental.Api.Tests.Support;

/// <summary>
/// The database provider the HTTP suite runs on: SQLite, or PostgreSQL when HOMERENTAL_TEST_DATABASE=PostgreSQL
/// (./test.sh runs the suite once on each). Tests that only make sense on one provider carry <see cref="Trait"/>.
/// </summary>
public static class TestDatabase
{
    public const string VariableName = "HOMERENTAL_TEST_DATABASE";

    /// <summary>The trait name of provider-bound test classes: [Trait(TestDatabase.Trait, "Sqlite")].</summary>
    public const string Trait = "Database";

    public static DatabaseProvider Provider { get; } = Environment.GetEnvironmentVariable(VariableName) switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
        var name => throw new InvalidOperationException($"{VariableName} is \"{name}\": use Sqlite or PostgreSQL."),
    };
}
