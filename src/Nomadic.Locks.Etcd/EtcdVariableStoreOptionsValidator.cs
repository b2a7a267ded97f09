using Microsoft.Extensions.Options;

namespace Nomadic.Locks;

/// <summary>Validates <see cref="EtcdVariableStoreOptions"/>: when the host starts, and when a store is created.</summary>
internal sealed class EtcdVariableStoreOptionsValidator : IValidateOptions<EtcdVariableStoreOptions>
{
    private static readonly TimeSpan MinRequestTimeout = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxUnavailableTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, EtcdVariableStoreOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> Check(EtcdVariableStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Endpoints.Count == 0)
        {
            failures.Add("EtcdVariableStoreOptions.Endpoints is empty: give the client URL of every member, e.g. 'http://127.0.0.1:2379'.");
        }

        foreach (var endpoint in options.Endpoints)
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"EtcdVariableStoreOptions.Endpoints has '{endpoint}'; use an http:// or https:// URL such as 'http://127.0.0.1:2379'.");
            }
        }

        if (string.IsNullOrEmpty(options.KeyPrefix) || options.KeyPrefix.Length > 256 || options.KeyPrefix.Contains('#', StringComparison.Ordinal))
        {
            failures.Add($"EtcdVariableStoreOptions.KeyPrefix is '{options.KeyPrefix}'; use 1 to 256 characters without '#', e.g. 'nomadic/vars'.");
        }

        if (options.RequestTimeout < MinRequestTimeout || options.RequestTimeout > MaxRequestTimeout)
        {
            failures.Add($"EtcdVariableStoreOptions.RequestTimeout is {options.RequestTimeout}; use {MinRequestTimeout} to {MaxRequestTimeout}.");
        }

        if (options.UnavailableTimeout < TimeSpan.Zero || options.UnavailableTimeout > MaxUnavailableTimeout)
        {
            failures.Add($"EtcdVariableStoreOptions.UnavailableTimeout is {options.UnavailableTimeout}; use 0 to {MaxUnavailableTimeout}.");
        }

        return failures;
    }
}
