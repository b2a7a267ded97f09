using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

public sealed partial class VaultClient
{
    /// <summary>
    /// A client without dependency injection (e.g. for a command-line verb), with the same TLS handler and resilience pipeline as
    /// <c>services.AddNomadicVault</c>. The client owns its <see cref="HttpClient"/>; create one per process, not per call.
    /// </summary>
    /// <param name="options">The cluster's options; validated here.</param>
    /// <returns>The client, with the options' token and namespace.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public static VaultClient Create(VaultClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IntegrationServices.ThrowIfInvalid(new VaultClientOptionsValidator(), options, VaultClientOptions.DefaultClusterName);
        return new VaultClient(IntegrationHttpClients.Create(options), new Uri(options.Address), options.Token, options.Namespace);
    }
}
