using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Nomadic.Locks.Http;

/// <summary>
/// Sends requests to Nomad's HTTP API: resolves the address, adds <c>X-Nomad-Token</c>, reads the status, index and
/// body, and turns failures into <see cref="NomadApiException"/> naming the address and status (never the token).
/// </summary>
internal sealed class NomadApiTransport
{
    private const string TokenHeader = "X-Nomad-Token";
    private const string IndexHeader = "X-Nomad-Index";
    private readonly HttpClient _httpClient;
    private readonly Uri _address;
    private readonly string? _token;

    public NomadApiTransport(HttpClient httpClient, NomadHttpVariableStoreOptions options)
    {
        _httpClient = httpClient;
        var environmentAddress = options.UseEnvironment ? Environment.GetEnvironmentVariable(NomadHttpVariableStoreOptions.AddressVariable) : null;
        var address = options.Address
            ?? (string.IsNullOrWhiteSpace(environmentAddress) ? null : ParseAddress(environmentAddress))
            ?? httpClient.BaseAddress
            ?? NomadHttpVariableStoreOptions.DefaultAddress;
        _address = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        var token = options.Token ?? (options.UseEnvironment ? Environment.GetEnvironmentVariable(NomadHttpVariableStoreOptions.TokenVariable) : null);
        _token = string.IsNullOrEmpty(token) ? null : token;
    }

    public Uri Address => _address;

    public async Task<NomadApiResponse> SendAsync(
        HttpMethod method,
        string relativePath,
        IEnumerable<KeyValuePair<string, string?>> query,
        NomadVariableBody? body,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_address, relativePath + QueryString(query)));
        if (_token is not null)
        {
            request.Headers.TryAddWithoutValidation(TokenHeader, _token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Serialize(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new NomadApiException($"Nomad at {_address} could not be reached for {method} /{relativePath}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NomadApiException($"Nomad at {_address} did not answer {method} /{relativePath} within {_httpClient.Timeout}.", exception);
        }

        using (response)
        {
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new NomadApiResponse(response.StatusCode, ReadIndex(response), ReadRetryAfter(response), ReadFeatures(response), content);
        }
    }

    public NomadApiException Failure(HttpMethod method, string relativePath, NomadApiResponse response)
    {
        var target = new Uri(_address, relativePath);
        var detail = response.Body.Trim();
        if (detail.Length > 200)
        {
            detail = detail[..200] + "…";
        }

        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Nomad at {_address} answered {method} /{relativePath} with {(int)response.StatusCode} {response.StatusCode}{(detail.Length == 0 ? "" : ": " + detail)}");
        return new NomadApiException(message, target, response.StatusCode);
    }

    private static Uri? ParseAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new NomadApiException($"{NomadHttpVariableStoreOptions.AddressVariable} is not an absolute URL: '{text}'.");

    private static byte[] Serialize(NomadVariableBody body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            NomadVariableJson.WriteBody(writer, body);
        }

        return buffer.ToArray();
    }

    private static string QueryString(IEnumerable<KeyValuePair<string, string?>> query)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in query)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key));
            if (value is not null)
            {
                text.Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return text.ToString();
    }

    private static ulong ReadIndex(HttpResponseMessage response) =>
        response.Headers.TryGetValues(IndexHeader, out var values)
        && ulong.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : 0;

    private static TimeSpan? ReadRetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta;

    private static NomadicServerFeatures ReadFeatures(HttpResponseMessage response) =>
        (HasTrue(response, NomadicServerHeaders.LockAcquireKeepsItems) ? NomadicServerFeatures.LockAcquireKeepsItems : NomadicServerFeatures.None)
        | (HasTrue(response, NomadicServerHeaders.ExactPrefixWatch) ? NomadicServerFeatures.ExactPrefixWatch : NomadicServerFeatures.None);

    private static bool HasTrue(HttpResponseMessage response, string header) =>
        response.Headers.NonValidated.TryGetValues(header, out var values)
        && string.Equals(values.ToString(), NomadicServerHeaders.True, StringComparison.OrdinalIgnoreCase);
}
