namespace Nomadic.Core.Jobs;

/// <summary>The <c>strategy</c> block inside <c>multiregion</c>.</summary>
public sealed class MultiregionStrategy
{
    /// <summary>How many regions deploy at once (<c>max_parallel</c>).</summary>
    public int? MaxParallel { get; set; }

    /// <summary>What a failure does: <c>fail_all</c> or <c>fail_local</c> (<c>on_failure</c>).</summary>
    public string? OnFailure { get; set; }
}
