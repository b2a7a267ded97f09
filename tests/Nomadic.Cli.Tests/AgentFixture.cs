using Nomadic.Cli.Agent;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;
using Nomadic.Cli.Variables;

namespace Nomadic.Cli.Tests;

/// <summary>An agent running in this process on 127.0.0.1 port 0, with captured stdout/stderr for the verbs run against it.</summary>
internal sealed class AgentFixture : IAsyncDisposable
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    private AgentFixture(RunningAgent agent, string root)
    {
        Agent = agent;
        Root = root;
        Environment = new CliEnvironment(name => _variables.GetValueOrDefault(name), TimeProvider.System);
    }

    public RunningAgent Agent { get; private set; }

    public string Root { get; }

    public Uri Address => Agent.Address;

    public CliEnvironment Environment { get; }

    public StringWriter Output { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    public static async Task<AgentFixture> StartAsync(bool dev = true, string? dataDir = null, bool mintEndpoint = false)
    {
        var root = Directory.CreateTempSubdirectory("nomadic-agent-tests-").FullName;
        var settings = new AgentSettings(dev, "127.0.0.1:0", dataDir, null, mintEndpoint);
        var agent = await AgentHost.StartAsync(settings, new CliEnvironment(_ => null, TimeProvider.System));
        return new AgentFixture(agent, root);
    }

    public RemoteTarget Target(string? @namespace = null) => RemoteTarget.Resolve(Address.ToString(), null, @namespace, Environment);

    public VarConnection Connect(string? @namespace = null) => VarConnection.Open(Target(@namespace), null, TimeProvider.System);

    /// <summary>Runs a verb with fresh captured output; returns its exit code.</summary>
    public async Task<int> RunAsync(Func<VarConnection, TextWriter, Task<int>> verb)
    {
        Reset();
        await using var connection = Connect();
        return await CliErrors.RunAsync(Error, () => verb(connection, Output));
    }

    public async Task<int> RunAsync(Func<TextWriter, TextWriter, Task<int>> verb)
    {
        Reset();
        return await verb(Output, Error);
    }

    public async ValueTask DisposeAsync()
    {
        await Agent.DisposeAsync();
        Output.Dispose();
        Error.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private void Reset()
    {
        Output.Dispose();
        Error.Dispose();
        Output = new StringWriter();
        Error = new StringWriter();
    }
}
