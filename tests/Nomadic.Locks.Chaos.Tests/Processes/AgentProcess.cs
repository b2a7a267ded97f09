namespace Nomadic.Locks.Chaos.Tests.Processes;

/// <summary><c>nomadic agent --data-dir D --bind 127.0.0.1:0</c> as a child process, with its SQLite store; deleted with its directory on dispose.</summary>
public sealed class AgentProcess : IDisposable
{
    private const string Listening = "nomadic agent listening on ";
    private readonly ChildProcess _process;
    private readonly string _dataDir;

    private AgentProcess(ChildProcess process, string dataDir, Uri address)
    {
        _process = process;
        _dataDir = dataDir;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<AgentProcess> StartAsync()
    {
        var dataDir = Directory.CreateTempSubdirectory("nomadic-chaos-agent-").FullName;
        var process = ChildProcess.Start("agent", "nomadic.dll", ["agent", "--data-dir", dataDir, "--bind", "127.0.0.1:0"]);
        try
        {
            var line = await process.WaitForLineAsync(l => l.StartsWith(Listening, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            return new AgentProcess(process, dataDir, new Uri(line[Listening.Length..].Trim()));
        }
        catch
        {
            process.Dispose();
            Directory.Delete(dataDir, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        _process.Dispose();
        Directory.Delete(_dataDir, recursive: true);
    }
}
