namespace HomeRental.Api.Tests.Support;

/// <summary>How <see cref="FakeVonageServer"/> answers the next requests.</summary>
public enum FakeVonageMode
{
    /// <summary>Accepts messages with the right credentials (status "0"); wrong ones get status "4".</summary>
    Success,

    /// <summary>Answers status "1", "Throttled".</summary>
    Throttled,

    /// <summary>Never answers: waits until the client gives up or the server stops.</summary>
    Timeout,

    /// <summary>Answers HTTP 500 with no body.</summary>
    ServerError,

    /// <summary>Answers HTTP 200 with a body that is not JSON.</summary>
    MalformedJson,
}
