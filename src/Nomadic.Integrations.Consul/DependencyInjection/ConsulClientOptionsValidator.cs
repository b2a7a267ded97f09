using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>Checks a <see cref="ConsulClientOptions"/> when the host starts; every problem names the cluster.</summary>
internal sealed class ConsulClientOptionsValidator : IValidateOptions<ConsulClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsulClientOptions options)
    {
        var cluster = $"Consul cluster \"{(string.IsNullOrEmpty(name) ? ConsulClientOptions.DefaultClusterName : name)}\"";
        var failures = new List<string>();
        IntegrationOptionsValidation.Validate(cluster, options, failures);
        if (string.IsNullOrWhiteSpace(options.ServiceAuthMethod) || string.IsNullOrWhiteSpace(options.TaskAuthMethod))
        {
            failures.Add($"{cluster}: ServiceAuthMethod and TaskAuthMethod must name auth methods, e.g. \"nomad-workloads\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
