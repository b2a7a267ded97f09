using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault.Internal;

/// <summary>
/// Sends one Vault API request and turns every failure into a <see cref="VaultException"/> that names the address, method
/// and path. The headers carry the token; nothing here writes it anywhere else.
/// </summary>
internal sealed class VaultHttp(HttpClient http, Uri address, VaultToken? token, string? vaultNamespace)
{
    public Uri Address { get; } = address;

    public VaultToken? Token { get; } = token;

    public string? Namespace { get; } = vaultNamespace;

    public VaultHttp With(VaultToken? newToken, string? newNamespace) => new(http, Address, newToken, newNamespace);

    /// <summary>Sends the request; a 404 gives <see langword="null"/> when <paramref name="notFoundIsNull"/>, else throws.</summary>
    public async Task<JsonDocument?> SendAsync(HttpMethod method, string path, JsonNode? body, string? subject, bool notFoundIsNull, CancellationToken cancellationToken)
    {
        var list = method.Method == "LIST";
        var requestUri = new Uri(Address, "v1/" + path.TrimStart('/') + (list ? "?list=true" : ""));
        using var request = new HttpRequestMessage(list ? HttpMethod.Get : method, requestUri);
        if (Token is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Token", Token.Reveal());
        }

        if (!string.IsNullOrEmpty(Namespace))
        {
            request.Headers.TryAddWithoutValidation("X-Vault-Namespace", Namespace);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var answer = await HttpExchange.SendAsync(
            http,
            request,
            (why, ex) => new VaultException($"Vault at {Address} could not be reached for {method} /v1/{path}{Subject(subject)}: {why}", path, null, [], ex),
            cancellationToken).ConfigureAwait(false);
        if (answer.IsSuccess)
        {
            return answer.ParseJson();
        }

        if (answer.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
        {
            return null;
        }

        var errors = ReadErrors(answer);
        var detail = errors.Count > 0 ? string.Join("; ", errors) : answer.ReasonPhrase ?? "no error text";
        throw new VaultException(
            $"Vault at {Address} answered {(int)answer.StatusCode} to {method} /v1/{path}{Subject(subject)}: {Redact(detail)}",
            path,
            answer.StatusCode,
            errors.Select(Redact).ToArray());
    }

    private static string Subject(string? subject) => subject is null ? "" : $" ({subject})";

    private string Redact(string text) => Token is null ? text : text.Replace(Token.Reveal(), "[redacted]", StringComparison.Ordinal);

    private static List<string> ReadErrors(HttpAnswer answer)
    {
        var result = new List<string>();
        using var document = answer.ParseJson();
        if (document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            result.AddRange(errors.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }

        return result;
    }
}
