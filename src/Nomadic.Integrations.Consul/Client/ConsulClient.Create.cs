using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

public sealed partial class ConsulClient
{
    /// <summary>
    /// A client without dependency injection (e.g. for a command-line verb), with the same TLS handler and resilience pipeline as
    /// <c>services.AddNomadicConsul</c>. The client owns its <see cref="HttpClient"/>; create one per process, not per call.
    /// </summary>
    /// <param name="options">The cluster's options; validated here.</param>
    /// <returns>The client, with the options' token, namespace and partition.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public static ConsulClient Create(ConsulClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IntegrationServices.ThrowIfInvalid(new ConsulClientOptionsValidator(), options, ConsulClientOptions.DefaultClusterName);
        return new ConsulClient(IntegrationHttpClients.Create(options), new Uri(options.Address), options.Token, options.Namespace, options.Partition);
    }
}
