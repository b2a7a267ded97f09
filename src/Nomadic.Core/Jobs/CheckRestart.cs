namespace Nomadic.Core.Jobs;

/// <summary>A <c>check_restart</c> block: restart a task whose checks keep failing.</summary>
public sealed class CheckRestart
{
    /// <summary>Consecutive failures before a restart (<c>limit</c>).</summary>
    public int Limit { get; set; }

    /// <summary>The wait after a start before checks count (<c>grace</c>).</summary>
    public TimeSpan? Grace { get; set; }

    /// <summary>Whether warnings count as passing (<c>ignore_warnings</c>).</summary>
    public bool IgnoreWarnings { get; set; }
}
