namespace Nomadic.Cli.Commands;

/// <summary>
/// The exit codes of <c>nomadic job plan</c>. Placement failures get their own code, 2, as <c>nomad job run</c>
/// gives them (its monitor returns 2 on scheduling failures), so scripts can tell them from bad input.
/// </summary>
internal static class JobPlanExitCodes
{
    /// <summary>Every allocation was placed.</summary>
    public const int AllPlaced = 0;

    /// <summary>Bad input: the jobspec, the nodes or the flags.</summary>
    public const int BadInput = 1;

    /// <summary>Some allocations could not be placed; the output explains why.</summary>
    public const int PlacementFailures = 2;
}
