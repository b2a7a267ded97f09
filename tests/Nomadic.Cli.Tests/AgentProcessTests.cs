using System.Runtime.InteropServices;

namespace Nomadic.Cli.Tests;

/// <summary>The real tool end to end: <c>nomadic agent -dev</c> on port 0, verbs run as processes against it, SIGTERM to stop.</summary>
public sealed partial class AgentProcessTests
{
    [Fact]
    public async Task The_agent_prints_its_port_serves_the_verbs_and_stops_on_sigterm()
    {
        using var agent = CliProcess.Start(null, "agent", "-dev", "--bind", "127.0.0.1:0");
        try
        {
            var first = await agent.StandardOutput.ReadLineAsync();
            Assert.NotNull(first);
            Assert.Matches("^nomadic agent listening on http://127\\.0\\.0\\.1:[1-9][0-9]*$", first);
            var env = new Dictionary<string, string> { ["NOMAD_ADDR"] = first.Split(' ')[^1], ["NOMAD_TOKEN"] = "secret-token-value" };

            var put = await CliProcess.RunAsync(env, "var", "put", "app/db", "user=admin");
            Assert.Equal((0, "Created variable \"app/db\" with modify index 1\n", ""), put);

            var conflict = await CliProcess.RunAsync(env, "var", "put", "app/db", "user=other");
            Assert.Equal(1, conflict.ExitCode);
            Assert.Single(conflict.Error.Trim().Split('\n'));
            Assert.DoesNotContain("secret-token-value", conflict.Error, StringComparison.Ordinal);

            var missing = await CliProcess.RunAsync(env, "var", "get", "nope");
            Assert.Equal((1, "", "nomadic: Variable not found\n"), missing);

            var locked = await CliProcess.RunAsync(env, "var", "lock", "-ttl", "10s", "-shell=false", "locks/a", "/bin/sh", "-c", "test -n \"$NOMAD_LOCK_FENCING_TOKEN\" && exit 3");
            Assert.Equal((3, ""), (locked.ExitCode, locked.Error));
            var shell = await CliProcess.RunAsync(env, "var", "lock", "locks/a", "exit", "4");
            Assert.Equal((4, ""), (shell.ExitCode, shell.Error));

            var mint = await CliProcess.RunAsync(env, "identity", "mint", "--addr", env["NOMAD_ADDR"], "--job", "web", "--group", "g", "--task", "t", "--aud", "vault.io");
            Assert.Equal(0, mint.ExitCode);
            Assert.Equal(3, mint.Output.Trim().Split('.').Length);

            var list = await CliProcess.RunAsync(env, "operator", "root", "keyring", "list");
            Assert.Equal(0, list.ExitCode);
            Assert.StartsWith("Key ", list.Output, StringComparison.Ordinal);

            Assert.Equal(0, Kill(agent.Id, 15));
            await agent.WaitForExitAsync();
            Assert.Equal(0, agent.ExitCode);
            Assert.Contains("nomadic agent stopped", await agent.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!agent.HasExited)
            {
                agent.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task The_agent_refuses_to_start_without_a_data_dir_or_dev_in_one_line()
    {
        var result = await CliProcess.RunAsync(null, "agent", "--bind", "127.0.0.1:0");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("nomadic: the agent needs --data-dir DIR to keep its keyring and variables, or -dev to keep them in memory\n", result.Error);
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
