namespace HomeRental.Api.Tests.Support;

/// <summary>One <c>POST /sms/json</c> that <see cref="FakeVonageServer"/> received, whatever it answered.</summary>
/// <param name="To">The international number, e.g. 8613812345678.</param>
/// <param name="Accepted">Whether the server answered status "0".</param>
/// <param name="Fields">Every form field as received, secrets included.</param>
public sealed record FakeVonageMessage(
    string To,
    string From,
    string Text,
    bool Accepted,
    IReadOnlyDictionary<string, string> Fields);
