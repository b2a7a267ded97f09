namespace Nomadic.Core.Jobs;

/// <summary>A <c>change_script</c> block of a template.</summary>
public sealed class ChangeScript
{
    /// <summary>The command (<c>command</c>).</summary>
    public string? Command { get; set; }

    /// <summary>The arguments (<c>args</c>).</summary>
    public IList<string>? Args { get; set; }

    /// <summary>How long the script may run (<c>timeout</c>).</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Whether a failing script kills the task (<c>fail_on_error</c>).</summary>
    public bool? FailOnError { get; set; }
}
