namespace Nomadic.Core.Jobs;

/// <summary>A template <c>wait</c> block: quiescence timers before rendering.</summary>
public sealed class WaitConfig
{
    /// <summary>The minimum wait (<c>min</c>).</summary>
    public TimeSpan? Min { get; set; }

    /// <summary>The maximum wait (<c>max</c>).</summary>
    public TimeSpan? Max { get; set; }
}
