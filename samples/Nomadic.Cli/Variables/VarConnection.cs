using Microsoft.Extensions.Options;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.Cli.Variables;

/// <summary>
/// The variable store a <c>var</c> verb works on: Nomad's HTTP API at <c>--addr</c> / <c>NOMAD_ADDR</c> (an agent or a real Nomad,
/// through <see cref="NomadHttpVariableStore"/>), or an etcd cluster with <c>--etcd http://a,http://b</c>.
/// </summary>
internal sealed class VarConnection : IAsyncDisposable
{
    private readonly HttpClient? _http;

    private VarConnection(IVariableStore store, string @namespace, HttpClient? http)
    {
        Store = store;
        Namespace = @namespace;
        _http = http;
    }

    public IVariableStore Store { get; }

    public string Namespace { get; }

    public static VarConnection Open(RemoteTarget target, string? etcd, TimeProvider time)
    {
        if (etcd is { Length: > 0 })
        {
            var endpoints = etcd.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (endpoints.Length == 0 || endpoints.Any(e => !Uri.TryCreate(e, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                throw new CliException($"--etcd '{etcd}' must be a comma-separated list of http(s) URLs");
            }

            return new VarConnection(new EtcdVariableStore(endpoints, time), target.Namespace, null);
        }

        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(90) };
        var store = new NomadHttpVariableStore(http, Options.Create(new NomadHttpVariableStoreOptions
        {
            Address = target.Address,
            Token = target.Token,
            UseEnvironment = false,
        }));
        return new VarConnection(store, target.Namespace, http);
    }

    public async ValueTask DisposeAsync()
    {
        switch (Store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _http?.Dispose();
    }
}
