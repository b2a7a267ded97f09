using System.Net.Http.Headers;

namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// Sits between <see cref="Nomadic.Locks.Http.NomadHttpVariableStore"/> and the loopback server: records every request
/// (method, path and query, body) and, while <see cref="ActLikeNomad"/> is set, removes the headers only a Nomadic
/// server sends, so the client sees the server as real Nomad.
/// </summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public const string KeepsItemsHeader = "X-Nomadic-Lock-Acquire-Keeps-Items";

    public const string ExactPrefixWatchHeader = "X-Nomadic-Exact-Prefix-Watch";

    public List<(HttpMethod Method, string PathAndQuery, string Body)> Requests { get; } = [];

    public bool ActLikeNomad { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (ActLikeNomad)
        {
            StripNomadicHeaders(response.Headers);
        }

        return response;
    }

    private static void StripNomadicHeaders(HttpResponseHeaders headers)
    {
        headers.Remove(KeepsItemsHeader);
        headers.Remove(ExactPrefixWatchHeader);
    }
}
