using Nomadic.Cli.Variables;

namespace Nomadic.Cli.Tests;

public sealed class VarLockCommandTests : IAsyncLifetime
{
    private AgentFixture _agent = null!;

    public async Task InitializeAsync() => _agent = await AgentFixture.StartAsync();

    public async Task DisposeAsync() => await _agent.DisposeAsync();

    [Fact]
    public async Task The_command_sees_the_fencing_token_and_its_exit_code_is_propagated()
    {
        var file = Path.Combine(_agent.Root, "token");
        var input = new VarLockInput("locks/job", ["echo $NOMAD_LOCK_FENCING_TOKEN >", file, "; exit 7"], "10s", "0s", 0, Shell: true);

        Assert.Equal(7, await _agent.RunAsync((c, _) => VarLockCommand.RunAsync(c, input, _agent.Environment, _agent.Error)));

        var token = ulong.Parse((await File.ReadAllTextAsync(file)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(token > 0);

        Assert.Equal(0, await _agent.RunAsync((c, _) => VarLockCommand.RunAsync(c, input with { Command = ["/bin/sh", "-c", $"echo $NOMAD_LOCK_FENCING_TOKEN > {file}"], Shell = false }, _agent.Environment, _agent.Error)));
        var next = ulong.Parse((await File.ReadAllTextAsync(file)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(next > token, $"fencing token {next} after {token}");
    }

    [Fact]
    public async Task A_second_lock_waits_until_the_first_command_has_finished()
    {
        var log = Path.Combine(_agent.Root, "log");
        var release = Path.Combine(_agent.Root, "release");
        var first = new VarLockInput("locks/shared", [$"echo first-start >> {log}; while [ ! -f {release} ]; do sleep 0.05; done; echo first-end >> {log}"], "10s", "0s", 0, true);
        var second = new VarLockInput("locks/shared", [$"echo second >> {log}"], "10s", "0s", 0, true);

        await using var c1 = _agent.Connect();
        await using var c2 = _agent.Connect();
        using var e1 = new StringWriter();
        using var e2 = new StringWriter();
        var firstRun = VarLockCommand.RunAsync(c1, first, _agent.Environment, e1);
        while (!File.Exists(log))
        {
            await Task.Delay(20);
        }

        var secondRun = VarLockCommand.RunAsync(c2, second, _agent.Environment, e2);
        await Task.Delay(300);
        await File.WriteAllTextAsync(release, "go");

        Assert.Equal(0, await firstRun);
        Assert.Equal(0, await secondRun);
        Assert.Equal(["first-start", "first-end", "second"], (await File.ReadAllLinesAsync(log)).Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_command_that_cannot_start_and_a_bad_ttl_are_one_line_errors()
    {
        var missing = new VarLockInput("locks/x", ["/nonexistent/program"], "10s", "0s", 0, Shell: false);
        Assert.Equal(1, await _agent.RunAsync((c, _) => VarLockCommand.RunAsync(c, missing, _agent.Environment, _agent.Error)));
        Assert.StartsWith("nomadic: cannot start /nonexistent/program", _agent.Error.ToString(), StringComparison.Ordinal);

        Assert.Equal(1, await _agent.RunAsync((c, _) => VarLockCommand.RunAsync(c, missing with { Ttl = "soon" }, _agent.Environment, _agent.Error)));
        Assert.Equal("nomadic: Invalid TTL: 'soon' is not a duration such as 15s", _agent.Error.ToString().Trim());

        Assert.Equal(1, await _agent.RunAsync((c, _) => VarLockCommand.RunAsync(c, missing with { Ttl = "1s" }, _agent.Environment, _agent.Error)));
        Assert.Single(_agent.Error.ToString().Trim().Split('\n'));
        Assert.Contains("TTL", _agent.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_is_stopped_when_the_lock_is_lost()
    {
        await using var agent = await AgentFixture.StartAsync();
        var started = Path.Combine(agent.Root, "started");
        // The shell's own command runs in a process below it, which dies of SIGTERM with the shell only if it is signalled too.
        var input = new VarLockInput("locks/lost", [$"sleep 300 & echo $! > {started}; wait"], "10s", "0s", 0, true);
        await using var connection = agent.Connect();
        using var error = new StringWriter();

        var run = VarLockCommand.RunAsync(connection, input, agent.Environment, error);
        while (!File.Exists(started) || (await File.ReadAllTextAsync(started)).Trim().Length == 0)
        {
            await Task.Delay(20);
        }

        // With the store gone, renewals fail and the lease can no longer be trusted once its TTL has passed.
        await agent.Agent.DisposeAsync();

        Assert.Equal(1, await run);
        Assert.Equal("nomadic: lost the lock on \"locks/lost\"; the command was stopped", error.ToString().Trim());
        var grandchild = int.Parse((await File.ReadAllTextAsync(started)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(IsRunning(grandchild), $"the command's sleep (pid {grandchild}) outlived the lock");
    }

    [Fact]
    public void Flags_after_the_path_belong_to_the_command()
    {
        Assert.Equal(
            ["var", "lock", "-ttl", "10s", "locks/a", "--", "sh", "-c", "exit 3"],
            VarLockArguments.Normalize(["var", "lock", "-ttl", "10s", "locks/a", "sh", "-c", "exit 3"]));
        Assert.Equal(["var", "get", "x"], VarLockArguments.Normalize(["var", "get", "x"]));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
