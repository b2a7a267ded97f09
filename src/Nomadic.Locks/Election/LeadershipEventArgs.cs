namespace Nomadic.Locks;

/// <summary>The term this instance was elected for, or demoted from.</summary>
public sealed class LeadershipEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="term">The term.</param>
    public LeadershipEventArgs(LeadershipTerm term) => Term = term;

    /// <summary>The term.</summary>
    public LeadershipTerm Term { get; }
}
