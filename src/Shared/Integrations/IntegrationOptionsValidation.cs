namespace Nomadic.Integrations.Http;

/// <summary>The checks every Vault or Consul cluster's options share: the address, retry bounds, timeouts and TLS files.</summary>
internal static class IntegrationOptionsValidation
{
    /// <summary>Adds one sentence per problem, each starting with <paramref name="cluster"/> (e.g. <c>Vault cluster "eu"</c>).</summary>
    public static void Validate(string cluster, IHttpIntegrationOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.Address, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{cluster}: Address \"{options.Address}\" is not an absolute http(s) URL.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{cluster}: MaxRetryAttempts must be between 0 and 10, not {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"{cluster}: RetryBaseDelay must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add($"{cluster}: AttemptTimeout must be positive and TotalTimeout at least AttemptTimeout.");
        }

        if ((options.ClientCertificateFile is null) != (options.ClientKeyFile is null))
        {
            failures.Add($"{cluster}: ClientCertificateFile and ClientKeyFile go together.");
        }

        foreach (var (label, file) in new[] { ("CaFile", options.CaFile), ("ClientCertificateFile", options.ClientCertificateFile), ("ClientKeyFile", options.ClientKeyFile) })
        {
            if (file is not null && !File.Exists(file))
            {
                failures.Add($"{cluster}: {label} \"{file}\" does not exist.");
            }
        }
    }
}
