namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>
/// Marks a constant as a problem code of the contract, with the one status it is answered with and what it means.
/// <see cref="ProblemCatalog"/> collects them for the OpenAPI document, and a test holds docs/API.md to them.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ProblemCodeAttribute(int status, string meaning) : Attribute
{
    public int Status { get; } = status;

    public string Meaning { get; } = meaning;
}
