using System.Reflection;

namespace HomeRental.Api.Infrastructure.Problems;

public sealed record ProblemCode(string Code, int Status, string Meaning);

/// <summary>Every problem code of the app, found where each is defined (<see cref="ProblemCodeAttribute"/>).</summary>
public static class ProblemCatalog
{
    /// <summary>By status, then code.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } = (
        from type in typeof(ProblemCatalog).Assembly.GetTypes()
        from field in type.GetFields(BindingFlags.Public | BindingFlags.Static)
        let attribute = field.GetCustomAttribute<ProblemCodeAttribute>()
        where field.IsLiteral && attribute is not null
        select new ProblemCode((string)field.GetRawConstantValue()!, attribute.Status, attribute.Meaning))
        .OrderBy(code => code.Status).ThenBy(code => code.Code, StringComparer.Ordinal).ToList();

    private static readonly Dictionary<string, ProblemCode> ByCode = All.ToDictionary(code => code.Code);

    public static ProblemCode Get(string code) =>
        ByCode.TryGetValue(code, out var known) ? known : throw new ArgumentException($"'{code}' is not marked [ProblemCode].", nameof(code));
}
