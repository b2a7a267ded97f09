using Nomadic.Locks.Chaos.Tests.Processes;
using Xunit.Abstractions;

namespace Nomadic.Locks.Chaos.Tests;

/// <summary>samples/Nomadic.HaWorker: three instances on one SQLite file, exactly one working; the leader SIGKILLed, another takes over.</summary>
[Trait("Category", "Chaos")]
public sealed class HaWorkerTests(ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan ElectionTimeout = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("nomadic-haworker-").FullName;
    private readonly List<ChildProcess> _instances = [];

    [Fact]
    public async Task Exactly_one_of_three_instances_works_and_another_takes_over_when_it_is_killed()
    {
        var store = "sqlite:" + Path.Combine(_directory, "ha.db");
        foreach (var name in new[] { "a", "b", "c" })
        {
            _instances.Add(ChildProcess.Start(name, "Nomadic.HaWorker.dll", ["--store", store, "--name", name, "--ttl", "00:00:10", "--delay", "00:00:01"]));
        }

        var leader = await WaitForOnlyWorkerAsync(_instances);
        log.WriteLine($"first leader: {leader.Name}");

        leader.Kill();
        var survivors = _instances.Where(i => i != leader).ToArray();
        var next = await WaitForOnlyWorkerAsync(survivors);
        log.WriteLine($"after the kill: {next.Name}");

        Assert.NotEqual(leader.Name, next.Name);
        Assert.Contains(next.Lines, l => l.Contains($"elected: {next.Name} leads", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            log.WriteLine($"--- {instance.Name}:\n{string.Join('\n', instance.Lines)}\n{instance.Errors}");
            instance.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static int WorkCount(ChildProcess instance) => instance.Lines.Count(l => l.Contains("working: ", StringComparison.Ordinal));

    /// <summary>Waits until one instance works, then checks over a few of its rounds that it is the only one working.</summary>
    private static async Task<ChildProcess> WaitForOnlyWorkerAsync(IReadOnlyList<ChildProcess> instances)
    {
        using var limit = new CancellationTokenSource(ElectionTimeout);
        var before = instances.ToDictionary(i => i, WorkCount);
        ChildProcess? worker;
        while ((worker = instances.FirstOrDefault(i => WorkCount(i) > before[i])) is null)
        {
            await Task.Delay(100, limit.Token);
        }

        var start = instances.ToDictionary(i => i, WorkCount);
        while (WorkCount(worker) < start[worker] + 4)
        {
            await Task.Delay(100, limit.Token);
        }

        Assert.All(instances.Where(i => i != worker), other => Assert.Equal(start[other], WorkCount(other)));
        return worker;
    }
}
