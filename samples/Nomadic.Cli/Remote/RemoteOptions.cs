using System.CommandLine;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Remote;

/// <summary>
/// The options every verb that talks to an agent or to Nomad shares: <c>--addr</c> (alias <c>-address</c>; default
/// <c>NOMAD_ADDR</c>, else <c>http://127.0.0.1:4646</c>), <c>-token</c> (default <c>NOMAD_TOKEN</c>, sent as <c>X-Nomad-Token</c>),
/// <c>-namespace</c> (default <c>NOMAD_NAMESPACE</c>, else <c>default</c>).
/// </summary>
internal sealed class RemoteOptions
{
    public const string DefaultAddress = "http://127.0.0.1:4646";

    public Option<string> Address { get; } = new("--addr", "-address") { Description = "The agent's or Nomad's HTTP address; default $NOMAD_ADDR or http://127.0.0.1:4646." };

    public Option<string> Token { get; } = new("-token", "--token") { Description = "The ACL token, sent as X-Nomad-Token; default $NOMAD_TOKEN." };

    public Option<string> Namespace { get; } = new("-namespace", "--namespace") { Description = "The namespace; default $NOMAD_NAMESPACE or default." };

    public void AddTo(Command command, bool withNamespace = true)
    {
        command.Options.Add(Address);
        command.Options.Add(Token);
        if (withNamespace)
        {
            command.Options.Add(Namespace);
        }
    }

    public RemoteTarget Resolve(ParseResult parseResult, CliEnvironment environment) =>
        RemoteTarget.Resolve(parseResult.GetValue(Address), parseResult.GetValue(Token), parseResult.GetValue(Namespace), environment);
}
