using System.CommandLine;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;

namespace Nomadic.Cli.Variables;

/// <summary>The options of every <c>var</c> verb: the remote options plus <c>--etcd</c>.</summary>
internal sealed class VarOptions
{
    public RemoteOptions Remote { get; } = new();

    public Option<string> Etcd { get; } = new("--etcd", "-etcd") { Description = "Use an etcd cluster instead of Nomad's HTTP API: comma-separated endpoint URLs." };

    public void AddTo(Command command)
    {
        Remote.AddTo(command);
        command.Options.Add(Etcd);
    }

    public VarConnection Open(ParseResult parseResult, CliEnvironment environment) =>
        VarConnection.Open(Remote.Resolve(parseResult, environment), parseResult.GetValue(Etcd), environment.Time);
}
