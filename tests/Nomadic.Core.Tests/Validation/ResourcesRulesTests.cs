using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Validation;

public sealed class ResourcesRulesTests
{
    private const string R = "TaskGroups[0].Tasks[0].Resources";

    [Fact]
    public void Missing_resources() => Mutated(r => { }, nullify: true).ShouldFail(R, "Missing task resources");

    [Fact]
    public void Cpu_and_cores_are_exclusive() => Mutated(r => r.Cores = 2).ShouldFail($"{R}.Cores", "'cpu' or 'cores'");

    [Fact]
    public void Cores_alone_are_fine() => Mutated(r => { r.Cores = 2; r.CPU = 0; }).ShouldBeValid();

    [Fact]
    public void Negative_cores() => Mutated(r => { r.Cores = -1; r.CPU = 100; }).ShouldFail($"{R}.Cores", "zero or more");

    [Fact]
    public void Cpu_minimum() => Mutated(r => r.CPU = 0).ShouldFail($"{R}.CPU", "minimum CPU value is 1; got 0");

    [Fact]
    public void Memory_minimum() => Mutated(r => r.MemoryMB = 9).ShouldFail($"{R}.MemoryMB", "minimum MemoryMB value is 10; got 9");

    [Fact]
    public void Memory_ten_is_enough() => Mutated(r => r.MemoryMB = 10).ShouldBeValid();

    [Fact]
    public void Memory_max_below_memory() => Mutated(r => r.MemoryMaxMB = 200).ShouldFail($"{R}.MemoryMaxMB", "MemoryMaxMB value (200) should be larger than MemoryMB value (300)");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(512)]
    public void Memory_max_allowed_values(int max) => Mutated(r => r.MemoryMaxMB = max).ShouldBeValid();

    [Fact]
    public void Disk_at_task_level() => Mutated(r => r.DiskMB = 100).ShouldFail($"{R}.DiskMB", "task group level");

    [Fact]
    public void Numa_affinity_value() => Mutated(r => { r.Cores = 2; r.CPU = 0; r.NUMA = new NumaResource { Affinity = "strict" }; }).ShouldFail($"{R}.NUMA.Affinity", "numa affinity must be one of none, prefer, or require");

    [Theory]
    [InlineData("none")]
    [InlineData("prefer")]
    [InlineData("require")]
    public void Numa_affinities_with_cores_are_accepted(string affinity) => Mutated(r => { r.Cores = 4; r.CPU = 0; r.NUMA = new NumaResource { Affinity = affinity }; }).ShouldBeValid();

    [Theory]
    [InlineData("prefer")]
    [InlineData("require")]
    public void Numa_prefer_or_require_need_cores(string affinity) => Mutated(r => r.NUMA = new NumaResource { Affinity = affinity }).ShouldFail($"{R}.NUMA.Affinity", "set resources.cores");

    [Fact]
    public void Device_needs_name() => Mutated(r => r.Devices = [new RequestedDevice { Count = 1 }]).ShouldFail($"{R}.Devices[0].Name", "device name must be given");

    [Fact]
    public void Device_constraint_distinct_hosts() => Mutated(r => r.Devices = [new RequestedDevice { Name = "nvidia/gpu", Count = 1, Constraints = [new Constraint { Operand = "distinct_hosts" }] }])
        .ShouldFail($"{R}.Devices[0].Constraints[0].Operand", "unsupported operand");

    [Fact]
    public void Device_constraint_is_validated() => Mutated(r => r.Devices = [new RequestedDevice { Name = "nvidia/gpu", Count = 1, Constraints = [new Constraint { LTarget = "${device.attr.memory}", Operand = ">=" }] }])
        .ShouldFail($"{R}.Devices[0].Constraints[0].RTarget", "requires an RTarget");

    [Fact]
    public void Device_affinity_is_validated() => Mutated(r => r.Devices = [new RequestedDevice { Name = "gpu", Count = 1, Affinities = [new Affinity { LTarget = "${device.model}", Operand = "=", RTarget = "x", Weight = 0 }] }])
        .ShouldFail($"{R}.Devices[0].Affinities[0].Weight", "cannot be zero");

    private static Job Mutated(Action<Resources> change, bool nullify = false)
    {
        var job = Jobs.Canonical();
        change(job.Task().Resources!);
        if (nullify)
        {
            job.Task().Resources = null;
        }

        return job;
    }
}
