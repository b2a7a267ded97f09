using System.Net;
using System.Text;
using System.Text.Json;

namespace Nomadic.Locks.Http;

/// <summary>
/// One answer of Nomad's HTTP API: status, <c>X-Nomad-Index</c>, <c>Retry-After</c>, what a Nomadic server advertises
/// (<see cref="NomadicServerHeaders"/>), and the body.
/// </summary>
internal sealed class NomadApiResponse(HttpStatusCode statusCode, ulong index, TimeSpan? retryAfter, NomadicServerFeatures features, byte[] content)
{
    private string? _body;

    public HttpStatusCode StatusCode { get; } = statusCode;

    public ulong Index { get; } = index;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>What the answer's <see cref="NomadicServerHeaders"/> advertised; <see cref="NomadicServerFeatures.None"/> from real Nomad.</summary>
    public NomadicServerFeatures Features { get; } = features;

    /// <summary>The body as text, decoded only when a message needs it (a successful answer is parsed from its bytes).</summary>
    public string Body => _body ??= Encoding.UTF8.GetString(Utf8Content.Span);

    /// <summary>Parses the body as JSON; an empty body is JSON <c>null</c>.</summary>
    public JsonDocument Json()
    {
        var json = Utf8Content;
        return json.Span.Trim(" \t\r\n"u8).IsEmpty ? JsonDocument.Parse("null") : JsonDocument.Parse(json);
    }

    private ReadOnlyMemory<byte> Utf8Content =>
        content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? content.AsMemory(Encoding.UTF8.Preamble.Length) : content;
}
