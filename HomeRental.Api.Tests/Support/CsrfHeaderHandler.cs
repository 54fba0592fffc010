using System.Net;

namespace HomeRental.Api.Tests.Support;

/// <summary>Does what api.js does: fetches a token when there is none, and sends the cookie's value as X-CSRF-Token.</summary>
public sealed class CsrfHeaderHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-CSRF-Token"))
        {
            var token = CurrentToken(request.RequestUri!);
            if (token is null)
            {
                var tokenRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, "/api/v1.0/csrf-token"));
                (await base.SendAsync(tokenRequest, cancellationToken)).EnsureSuccessStatusCode();
                token = CurrentToken(request.RequestUri!);
            }
            request.Headers.Add("X-CSRF-Token", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private string? CurrentToken(Uri uri) => cookies.GetCookies(uri)["csrf_token"]?.Value;
}
