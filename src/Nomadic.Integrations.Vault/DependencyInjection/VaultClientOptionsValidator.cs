using Microsoft.Extensions.Options;

namespace Nomadic.Integrations.Vault;

/// <summary>Checks a <see cref="VaultClientOptions"/> when the host starts; every problem names the cluster.</summary>
internal sealed class VaultClientOptionsValidator : IValidateOptions<VaultClientOptions>
{
    public ValidateOptionsResult Validate(string? name, VaultClientOptions options)
    {
        var cluster = string.IsNullOrEmpty(name) ? VaultClientOptions.DefaultClusterName : name;
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Address, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Vault cluster \"{cluster}\": Address \"{options.Address}\" is not an absolute http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.JwtAuthBackendPath) || options.JwtAuthBackendPath.Trim('/').Length == 0)
        {
            failures.Add($"Vault cluster \"{cluster}\": JwtAuthBackendPath must name a mount, e.g. \"jwt-nomad\".");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"Vault cluster \"{cluster}\": MaxRetryAttempts must be between 0 and 10, not {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"Vault cluster \"{cluster}\": RetryBaseDelay must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add($"Vault cluster \"{cluster}\": AttemptTimeout must be positive and TotalTimeout at least AttemptTimeout.");
        }

        if ((options.ClientCertificateFile is null) != (options.ClientKeyFile is null))
        {
            failures.Add($"Vault cluster \"{cluster}\": ClientCertificateFile and ClientKeyFile go together.");
        }

        foreach (var (label, file) in new[] { ("CaFile", options.CaFile), ("ClientCertificateFile", options.ClientCertificateFile), ("ClientKeyFile", options.ClientKeyFile) })
        {
            if (file is not null && !File.Exists(file))
            {
                failures.Add($"Vault cluster \"{cluster}\": {label} \"{file}\" does not exist.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
