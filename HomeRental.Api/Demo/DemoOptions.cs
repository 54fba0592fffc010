namespace HomeRental.Api.Demo;

/// <summary>The <c>Demo</c> settings: whether a first start in Development fills an empty database with a demo set.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>On by default; it only ever applies in Development and to a database with no account yet.</summary>
    public bool Seed { get; set; } = true;
}
