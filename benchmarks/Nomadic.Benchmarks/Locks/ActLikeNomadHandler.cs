namespace Nomadic.Benchmarks;

/// <summary>
/// Removes the header only a Nomadic server sends from every answer, so <see cref="Nomadic.Locks.Http.NomadHttpVariableStore"/>
/// treats the server as real Nomad and reads a variable's items before acquiring it without items.
/// </summary>
internal sealed class ActLikeNomadHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.Headers.Remove("X-Nomadic-Lock-Acquire-Keeps-Items");
        return response;
    }
}
