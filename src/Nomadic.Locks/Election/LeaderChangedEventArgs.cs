namespace Nomadic.Locks;

/// <summary>The leader observed in the store changed.</summary>
public sealed class LeaderChangedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="leaderId">The new leader's instance ID, or <see langword="null"/> when nobody leads.</param>
    public LeaderChangedEventArgs(string? leaderId) => LeaderId = leaderId;

    /// <summary>The new leader's instance ID, or <see langword="null"/> when nobody leads.</summary>
    public string? LeaderId { get; }
}
