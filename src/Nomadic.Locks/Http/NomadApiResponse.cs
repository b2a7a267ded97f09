using System.Net;
using System.Text.Json;

namespace Nomadic.Locks.Http;

/// <summary>
/// One answer of Nomad's HTTP API: status, <c>X-Nomad-Index</c>, <c>Retry-After</c>, whether the server is a Nomadic
/// server that keeps items on <c>lock-acquire</c>, and the body.
/// </summary>
internal sealed class NomadApiResponse(HttpStatusCode statusCode, ulong index, TimeSpan? retryAfter, bool lockAcquireKeepsItems, string body)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public ulong Index { get; } = index;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Whether the answer carried <see cref="NomadicServerHeaders.LockAcquireKeepsItems"/>.</summary>
    public bool LockAcquireKeepsItems { get; } = lockAcquireKeepsItems;

    public string Body { get; } = body;

    /// <summary>Parses the body as JSON; an empty body is JSON <c>null</c>.</summary>
    public JsonDocument Json() => JsonDocument.Parse(string.IsNullOrWhiteSpace(Body) ? "null" : Body);
}
