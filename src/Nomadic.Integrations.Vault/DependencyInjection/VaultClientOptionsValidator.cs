using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>Checks a <see cref="VaultClientOptions"/> when the host starts; every problem names the cluster.</summary>
internal sealed class VaultClientOptionsValidator : IValidateOptions<VaultClientOptions>
{
    public ValidateOptionsResult Validate(string? name, VaultClientOptions options)
    {
        var cluster = string.IsNullOrEmpty(name) ? VaultClientOptions.DefaultClusterName : name;
        var failures = new List<string>();
        IntegrationOptionsValidation.Validate($"Vault cluster \"{cluster}\"", options, failures);
        if (string.IsNullOrWhiteSpace(options.JwtAuthBackendPath) || options.JwtAuthBackendPath.Trim('/').Length == 0)
        {
            failures.Add($"Vault cluster \"{cluster}\": JwtAuthBackendPath must name a mount, e.g. \"jwt-nomad\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
