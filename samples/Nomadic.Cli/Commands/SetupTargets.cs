using Nomadic.Integrations.Consul;
using Nomadic.Integrations.Vault;

namespace Nomadic.Cli.Commands;

/// <summary>Vault's and Consul's setup for the verb, each configured from its own CLI's environment variables plus <c>-address</c> and <c>-jwks-url</c>.</summary>
internal static class SetupTargets
{
    private static readonly string[] VaultVariables = ["VAULT_ADDR", "VAULT_TOKEN", "VAULT_NAMESPACE", "VAULT_CACERT", "VAULT_CLIENT_CERT", "VAULT_CLIENT_KEY", "VAULT_TLS_SERVER_NAME"];

    private static readonly string[] ConsulVariables =
        ["CONSUL_HTTP_ADDR", "CONSUL_HTTP_SSL", "CONSUL_HTTP_TOKEN", "CONSUL_NAMESPACE", "CONSUL_PARTITION", "CONSUL_CACERT", "CONSUL_CLIENT_CERT", "CONSUL_CLIENT_KEY", "CONSUL_TLS_SERVER_NAME"];

    public static SetupTarget Vault(SetupInput input, CliEnvironment environment)
    {
        var options = VaultEnvironment.Apply(new VaultClientOptions(), Read(environment, VaultVariables));
        options.Address = input.Address ?? options.Address;
        var client = VaultClient.Create(options);
        var setup = new VaultSetup(client, input.JwksUrl is null ? null : new VaultSetupOptions { JwksUrl = input.JwksUrl });
        return Target("Vault", "VAULT_ADDR", client.Address, setup.PlanAsync, setup.ApplyAsync, setup.DestroyAsync, r => new SetupReport(
            r.Steps.Select(s => s.ToString()).ToArray(),
            r.Steps.Count(s => s.Status == VaultSetupStepStatus.Missing),
            r.Steps.Count(s => s.Status == VaultSetupStepStatus.AlreadyPresent),
            r.ClientConfiguration,
            r.ServerConfiguration));
    }

    public static SetupTarget Consul(SetupInput input, CliEnvironment environment)
    {
        var options = ConsulEnvironment.Apply(new ConsulClientOptions(), Read(environment, ConsulVariables));
        options.Address = input.Address is null ? options.Address : ConsulEnvironment.WithScheme(input.Address);
        var client = ConsulClient.Create(options);
        var setup = new ConsulSetup(client, input.JwksUrl is null ? null : new ConsulSetupOptions { JwksUrl = input.JwksUrl });
        return Target("Consul", "CONSUL_HTTP_ADDR", client.Address, setup.PlanAsync, setup.ApplyAsync, setup.DestroyAsync, r => new SetupReport(
            r.Steps.Select(s => s.ToString()).ToArray(),
            r.Steps.Count(s => s.Status == ConsulSetupStepStatus.Missing),
            r.Steps.Count(s => s.Status == ConsulSetupStepStatus.AlreadyPresent),
            r.ClientConfiguration,
            r.ServerConfiguration));
    }

    private static SetupTarget Target<TResult>(
        string product, string addressVariable, Uri address, Func<CancellationToken, Task<TResult>> plan, Func<CancellationToken, Task<TResult>> apply,
        Func<CancellationToken, Task<TResult>> destroy, Func<TResult, SetupReport> report) => new(
            product,
            addressVariable,
            address,
            async ct => report(await plan(ct).ConfigureAwait(false)),
            async ct => report(await apply(ct).ConfigureAwait(false)),
            async ct => report(await destroy(ct).ConfigureAwait(false)));

    private static Dictionary<string, string> Read(CliEnvironment environment, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Value: environment.GetVariable(n))).Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Name, v => v.Value!, StringComparer.Ordinal);
}
