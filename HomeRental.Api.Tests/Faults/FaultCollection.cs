namespace HomeRental.Api.Tests.Faults;

/// <summary>
/// The fault scenarios measure how fast the app answers and start real processes: they run on their own, after
/// the parallel tests, so that a busy test host does not pass for a slow app.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
