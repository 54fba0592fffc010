using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HomeRental.Api.Infrastructure.Problems;

/// <summary>
/// A body that is JSON but whose member has the wrong type (a number for a string, <c>2027-02-30</c> for a date, an
/// integer out of range) is a field error naming the member as the client wrote it: <c>phone</c>, <c>amenityIds[1]</c>.
/// </summary>
public static class JsonFieldErrors
{
    /// <param name="bodyType">The type the endpoint reads from the body, whose members say what each value must be.</param>
    /// <param name="exception">A failure to convert a value of a body that is JSON.</param>
    /// <returns>Null when the body is not an object.</returns>
    public static MappedProblem? TryMap(JsonException exception, Type? bodyType)
    {
        if (bodyType is null || Segments(exception.Path) is not { Count: > 0 } segments)
        {
            return null;
        }

        var field = new StringBuilder();
        Type? type = bodyType;
        foreach (var segment in segments)
        {
            if (segment.Index is { } index)
            {
                field.Append(CultureInfo.InvariantCulture, $"[{index}]");
                type = type is null ? null : ElementType(type);
            }
            else
            {
                field.Append(field.Length == 0 ? string.Empty : ".").Append(segment.Name);
                type = type?.GetProperties().FirstOrDefault(property => property.Name.Equals(segment.Name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }
        }

        var name = field.ToString();
        var message = $"{name} must be {Expected(type)}.";
        return new MappedProblem(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, message,
            new Dictionary<string, string[]> { [name] = [message] });
    }

    /// <summary>What a value of the type looks like, in the words of JSON.</summary>
    public static string Expected(Type? type) => (Nullable.GetUnderlyingType(type ?? typeof(object)) ?? type) switch
    {
        { } text when text == typeof(string) => "a string",
        { } number when number == typeof(int) => $"an integer from {int.MinValue} to {int.MaxValue}",
        { } number when number == typeof(long) => $"an integer from {long.MinValue} to {long.MaxValue}",
        { } flag when flag == typeof(bool) => "true or false",
        { } date when date == typeof(DateOnly) => "a real date written yyyy-MM-dd, such as 2027-01-10",
        { } list when ElementType(list) is { } element => $"an array whose items are each {Expected(element)}",
        _ => "a value of the type the API documents",
    };

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && type.GetInterfaces().Append(type)
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : null;

    private readonly record struct Segment(string? Name, int? Index);

    /// <summary>
    /// The members of a path as System.Text.Json writes it: <c>$.amenityIds[1]</c>, <c>$['odd name']</c>; null for a
    /// path it did not write.
    /// </summary>
    private static List<Segment>? Segments(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var segments = new List<Segment>();
        var position = 1;
        while (position < path.Length)
        {
            if (path[position] == '.')
            {
                var end = path.IndexOfAny(['.', '['], position + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(position + 1)..end], null));
                position = end;
            }
            else if (path.AsSpan(position).StartsWith("['"))
            {
                var end = path.IndexOf("']", position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }
                segments.Add(new Segment(path[(position + 2)..end], null));
                position = end + 2;
            }
            else if (path[position] == '[')
            {
                var end = path.IndexOf(']', position);
                if (end < 0 || !int.TryParse(path.AsSpan(position + 1, end - position - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }
                segments.Add(new Segment(null, index));
                position = end + 1;
            }
            else
            {
                return null;
            }
        }
        return segments;
    }
}
