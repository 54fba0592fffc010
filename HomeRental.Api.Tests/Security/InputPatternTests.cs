using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;
using HomeRental.Api.Infrastructure.Validation;
using HomeRental.Api.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeRental.Api.Tests.Security;

/// <summary>
/// Every pattern of the app matches ASCII only and the whole value: a new regex that is not built as
/// <see cref="InputPatterns"/> says, or a validator rule with a pattern of its own, fails here.
/// </summary>
public sealed class InputPatternTests
{
    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void Every_regex_of_the_app_is_ascii_only_and_anchored_to_the_whole_value()
    {
        var regexes = AppRegexes().ToList();

        regexes.Should().Contain(regex => regex.Name.Contains(nameof(InputPatterns.MainlandMobile)), "the search finds the generated regexes");
        foreach (var (name, regex) in regexes)
        {
            regex.Options.Should().HaveFlag(RegexOptions.ECMAScript, $"{name} must match \\d, \\w and \\s as ASCII only");
            regex.Options.Should().NotHaveFlag(RegexOptions.IgnoreCase, $"{name} must spell out both cases (IgnoreCase lets the Kelvin sign pass for k)");
            regex.Options.Should().NotHaveFlag(RegexOptions.Multiline, $"{name} must match the whole value, not a line of it");
            regex.ToString().Should().StartWith("^", $"{name} must match from the start").And.EndWith(@"\z", $"{name} must match to the very end ($ allows a final line feed)");
        }
    }

    [Fact]
    public void Every_pattern_rule_of_every_validator_uses_one_of_those_regexes()
    {
        var checkedPatterns = AppRegexes().Select(regex => regex.Regex.ToString()).ToHashSet();
        using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton(Options.Create(new OrderOptions())).BuildServiceProvider();
        var validatorTypes = Api.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(type))
            .ToList();

        var patternRules = (
            from type in validatorTypes
            let validator = (IValidator)ActivatorUtilities.CreateInstance(services, type)
            from rule in validator.CreateDescriptor().Rules
            from component in rule.Components
            where component.Validator is IRegularExpressionValidator
            select (Rule: $"{type.Name}.{rule.PropertyName}", ((IRegularExpressionValidator)component.Validator).Expression)).ToList();

        patternRules.Should().Contain(rule => rule.Rule == "RegisterRequestValidator.SmsCode", "the search finds the validators' pattern rules");
        foreach (var (rule, expression) in patternRules)
        {
            checkedPatterns.Should().Contain(expression, $"{rule} must use a regex built as InputPatterns says, not a pattern of its own");
        }
    }

    [Theory]
    [InlineData("13800000001", true)]
    [InlineData("1380000000\uFF11", false)]
    [InlineData("1380000000\u0661", false)]
    [InlineData("13800000001\n", false)]
    [InlineData("\n13800000001", false)]
    public void A_phone_is_eleven_ascii_digits_and_nothing_else(string phone, bool valid) =>
        InputPatterns.MainlandMobile().IsMatch(phone).Should().Be(valid);

    /// <summary>Every [GeneratedRegex] method and every static Regex field or property of the app.</summary>
    private static IEnumerable<(string Name, Regex Regex)> AppRegexes()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in Api.GetTypes().Where(type => !type.IsGenericTypeDefinition))
        {
            foreach (var method in type.GetMethods(Static).Where(method => method.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
            {
                yield return ($"{type.Name}.{method.Name}()", (Regex)method.Invoke(null, null)!);
            }
            foreach (var field in type.GetFields(Static).Where(field => typeof(Regex).IsAssignableFrom(field.FieldType)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.Name}.{field.Name}", regex);
                }
            }
            foreach (var property in type.GetProperties(Static).Where(property => typeof(Regex).IsAssignableFrom(property.PropertyType)))
            {
                if (property.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.Name}.{property.Name}", regex);
                }
            }
        }
    }
}
