using System.Net;
using System.Text.Json;
using Polly.Timeout;

namespace Nomadic.Integrations.Http;

/// <summary>One answer of a Vault or Consul server: the status, its reason phrase and the body text.</summary>
internal readonly record struct HttpAnswer(HttpStatusCode StatusCode, string? ReasonPhrase, string Text)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>The body as JSON; <see langword="null"/> when it is empty or not JSON.</summary>
    public JsonDocument? ParseJson()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(Text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Sends one request; a server that cannot be reached (connection failure, timeout) becomes the caller's exception.</summary>
internal static class HttpExchange
{
    // unreachable makes the caller's exception from the reason (e.g. "Connection refused (127.0.0.1:1)") and the cause.
    public static async Task<HttpAnswer> SendAsync(HttpClient http, HttpRequestMessage request, Func<string, Exception, Exception> unreachable, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException or OperationCanceledException)
        {
            throw unreachable(ex is HttpRequestException ? ex.Message : "it did not answer in time", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new HttpAnswer(response.StatusCode, response.ReasonPhrase, text);
        }
    }
}
