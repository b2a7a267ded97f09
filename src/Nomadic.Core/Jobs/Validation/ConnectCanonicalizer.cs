namespace Nomadic.Core.Jobs.Validation;

/// <summary>Connect defaults of <c>ConsulGatewayProxy.Canonicalize</c> (api/consul.go).</summary>
internal static class ConnectCanonicalizer
{
    /// <summary>Consul's own default, which Nomad copies.</summary>
    private static readonly TimeSpan _defaultGatewayConnectTimeout = TimeSpan.FromSeconds(5);

    public static void Canonicalize(ConsulConnect? connect)
    {
        if (connect?.Gateway?.Proxy is not { } proxy)
        {
            return;
        }

        proxy.ConnectTimeout ??= _defaultGatewayConnectTimeout;
        if (proxy.EnvoyGatewayBindAddresses is { Count: 0 })
        {
            proxy.EnvoyGatewayBindAddresses = null;
        }

        if (proxy.Config is { Count: 0 })
        {
            proxy.Config = null;
        }
    }
}
