using System.Net;
using System.Text.Json;

namespace Nomadic.Locks.Http;

/// <summary>One answer of Nomad's HTTP API: status, <c>X-Nomad-Index</c>, <c>Retry-After</c> and the body.</summary>
internal sealed class NomadApiResponse(HttpStatusCode statusCode, ulong index, TimeSpan? retryAfter, string body)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public ulong Index { get; } = index;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public string Body { get; } = body;

    /// <summary>Parses the body as JSON; an empty body is JSON <c>null</c>.</summary>
    public JsonDocument Json() => JsonDocument.Parse(string.IsNullOrWhiteSpace(Body) ? "null" : Body);
}
