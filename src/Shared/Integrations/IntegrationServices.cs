using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Nomadic.Integrations.Http;

/// <summary>What registering one named Vault or Consul cluster has in common: validated named options, the clock, and the cluster's HTTP client.</summary>
internal static class IntegrationServices
{
    public static void AddCluster<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(
        IServiceCollection services, string name, Action<TOptions> configure, string httpClientName, string pipelineName)
        where TOptions : class, IHttpIntegrationOptions
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.TryAddSingleton(TimeProvider.System);
        IntegrationHttpClients.Add<TOptions>(services, httpClientName, name, pipelineName);
    }

    /// <summary>Validates options given without dependency injection, as the host would at start.</summary>
    public static void ThrowIfInvalid<TOptions>(IValidateOptions<TOptions> validator, TOptions options, string cluster)
        where TOptions : class
    {
        var validation = validator.Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(cluster, typeof(TOptions), validation.Failures);
        }
    }
}

/// <summary>The registered names of one product's clusters and their options; an unknown name is an error that says how to register it.</summary>
internal sealed class NamedClusters<TOptions>(IOptionsMonitor<TOptions> options, IEnumerable<string> names, string product, string addMethod)
{
    private readonly string[] _names = names.Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyCollection<string> Names => _names;

    public TOptions Get(string cluster) =>
        _names.Contains(cluster, StringComparer.Ordinal)
            ? options.Get(cluster)
            : throw new InvalidOperationException($"No {product} cluster named \"{cluster}\" is registered; known: {string.Join(", ", _names.Select(n => $"\"{n}\""))}. Call services.{addMethod}(\"{cluster}\", ...).");
}

/// <summary>Reads an environment variable the way the vault and consul CLIs do: unset and empty are the same.</summary>
internal static class EnvironmentValues
{
    public static string? Get(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
