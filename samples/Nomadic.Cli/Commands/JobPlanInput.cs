using Nomadic.Core.Scheduling;

namespace Nomadic.Cli.Commands;

/// <summary>The arguments of <c>nomadic job plan</c>.</summary>
/// <param name="Path">The jobspec file, or <c>-</c> for stdin.</param>
/// <param name="Vars">The <c>-var name=value</c> arguments.</param>
/// <param name="VarFiles">The <c>-var-file</c> arguments.</param>
/// <param name="NodesPath">The <c>--nodes</c> file, or <see langword="null"/>.</param>
/// <param name="Generate">The <c>--generate</c> node count, or <see langword="null"/>.</param>
/// <param name="Seed">Seeds the scheduler's node shuffle and, with <c>--generate</c>, the cluster.</param>
/// <param name="Algorithm">Bin-pack or spread.</param>
/// <param name="Json">Print <c>{"Allocations": [...], "FailedTGAllocs": {...}}</c>.</param>
/// <param name="Summary">Print only the counts and the scheduler's time.</param>
internal sealed record JobPlanInput(
    string Path,
    IReadOnlyList<string> Vars,
    IReadOnlyList<string> VarFiles,
    string? NodesPath,
    int? Generate,
    ulong Seed = 0,
    SchedulerAlgorithm Algorithm = SchedulerAlgorithm.BinPack,
    bool Json = false,
    bool Summary = false);
