using System.CommandLine;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic setup vault [-address URL] [-jwks-url URL] [-destroy] [-y]</c> and <c>nomadic setup consul [...]</c>: configure Vault
/// or Consul for Nomad workload identities, as <c>nomad setup vault|consul</c> does.
/// </summary>
internal static class SetupCommand
{
    public static Command Create() => new("setup", "Configure Vault or Consul for Nomad workload identities.")
    {
        Verb("vault", "Set up Vault: JWT auth method jwt-nomad, policy and role nomad-workloads. Reads VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE.", SetupTargets.Vault),
        Verb("consul", "Set up Consul: auth method nomad-workloads, binding rules, policy and role for tasks. Reads CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN, CONSUL_NAMESPACE.", SetupTargets.Consul),
    };

    private static Command Verb(string name, string description, Func<SetupInput, CliEnvironment, SetupTarget> target)
    {
        var address = new Option<string>("-address") { Description = "The server's address; default from the environment." };
        var jwksUrl = new Option<string>("-jwks-url") { Description = "URL of Nomad's JWKS endpoint; default http://localhost:4646/.well-known/jwks.json." };
        var destroy = new Option<bool>("-destroy") { Description = "Remove everything this command creates." };
        var yes = new Option<bool>("-y") { Description = "Answer yes to every question (required when stdin is not a terminal)." };
        var command = new Command(name, description) { address, jwksUrl, destroy, yes };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var input = new SetupInput(parseResult.GetValue(address), parseResult.GetValue(jwksUrl), parseResult.GetValue(destroy), parseResult.GetValue(yes));
            return RunAsync(name, input, target, CliEnvironment.Process, SetupConsole.Process, cancellationToken);
        });
        return command;
    }

    internal static Task<int> RunAsync(string product, SetupInput input, Func<SetupInput, CliEnvironment, SetupTarget> target, CliEnvironment environment, SetupConsole console, CancellationToken cancellationToken = default) =>
        SetupFlow.RunAsync($"setup {product}", () => target(input, environment), input, console, cancellationToken);
}
