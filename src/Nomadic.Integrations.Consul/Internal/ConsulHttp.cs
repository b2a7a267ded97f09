using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul.Internal;

/// <summary>
/// Sends one Consul API request (token in <c>X-Consul-Token</c>, namespace and partition as <c>?ns=</c> and <c>?partition=</c>)
/// and turns every failure into a <see cref="ConsulException"/> naming the address, method and path.
/// </summary>
internal sealed class ConsulHttp(HttpClient http, Uri address, ConsulToken? token, string? consulNamespace, string? partition)
{
    public Uri Address { get; } = address;

    public ConsulToken? Token { get; } = token;

    public string? Namespace { get; } = consulNamespace;

    public string? Partition { get; } = partition;

    public ConsulHttp With(ConsulToken? newToken, string? newNamespace, string? newPartition) => new(http, Address, newToken, newNamespace, newPartition);

    public Task<JsonDocument?> SendAsync(HttpMethod method, string path, JsonNode? body, string? subject, bool notFoundIsNull, CancellationToken cancellationToken, params (string Name, string Value)[] query) =>
        SendAsync(method, path, body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), subject, notFoundIsNull, cancellationToken, query);

    /// <summary>Sends the request; a 404 gives <see langword="null"/> when <paramref name="notFoundIsNull"/>, else throws.</summary>
    public async Task<JsonDocument?> SendAsync(HttpMethod method, string path, HttpContent? content, string? subject, bool notFoundIsNull, CancellationToken cancellationToken, params (string Name, string Value)[] query)
    {
        var display = "/v1/" + path;
        using var request = new HttpRequestMessage(method, new Uri(Address, "v1/" + path + QueryString(query)));
        if (Token is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Consul-Token", Token.Reveal());
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = content;
        var answer = await HttpExchange.SendAsync(
            http,
            request,
            (why, ex) => new ConsulException($"Consul at {Address} could not be reached for {method} {display}{Subject(subject)}: {why}", path, null, null, ex),
            cancellationToken).ConfigureAwait(false);
        if (answer.IsSuccess)
        {
            return answer.ParseJson();
        }

        if (answer.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
        {
            return null;
        }

        var error = string.IsNullOrWhiteSpace(answer.Text) ? null : Redact(answer.Text.Trim());
        throw new ConsulException(
            $"Consul at {Address} answered {(int)answer.StatusCode} to {method} {display}{Subject(subject)}: {error ?? answer.ReasonPhrase ?? "no error text"}",
            path,
            answer.StatusCode,
            error);
    }

    private string QueryString((string Name, string Value)[] query)
    {
        var all = new List<(string Name, string Value)>();
        if (!string.IsNullOrEmpty(Namespace) && !query.Any(q => q.Name == "ns"))
        {
            all.Add(("ns", Namespace));
        }

        if (!string.IsNullOrEmpty(Partition) && !query.Any(q => q.Name == "partition"))
        {
            all.Add(("partition", Partition));
        }

        all.AddRange(query);
        return all.Count == 0 ? "" : "?" + string.Join("&", all.Select(q => Uri.EscapeDataString(q.Name) + "=" + Uri.EscapeDataString(q.Value)));
    }

    private static string Subject(string? subject) => subject is null ? "" : $" ({subject})";

    // Consul echoes no secrets in its error texts as far as its docs say; this guards against one that does.
    private string Redact(string text) => Token is null ? text : text.Replace(Token.Reveal(), "[redacted]", StringComparison.Ordinal);
}
