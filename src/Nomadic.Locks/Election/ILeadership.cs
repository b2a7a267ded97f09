namespace Nomadic.Locks;

/// <summary>
/// Observes an election: whether this instance leads, and who leads according to the store.
/// </summary>
/// <remarks>Events are raised on the thread that noticed the change; handlers must be quick and must not throw (exceptions are logged and dropped).</remarks>
public interface ILeadership
{
    /// <summary>The path of the election's lock variable.</summary>
    string LockPath { get; }

    /// <summary>This instance's ID, written as the <c>leader</c> item of the lock variable while it leads.</summary>
    string InstanceId { get; }

    /// <summary>Whether this instance leads now. Becomes <see langword="false"/> the moment the lease can no longer be trusted.</summary>
    bool IsLeader { get; }

    /// <summary>This instance's current term, or <see langword="null"/> when it does not lead.</summary>
    LeadershipTerm? CurrentTerm { get; }

    /// <summary>The leader's instance ID as last observed in the store, or <see langword="null"/> when nobody holds the lock.</summary>
    string? CurrentLeader { get; }

    /// <summary>Raised when this instance becomes leader, before its worker starts.</summary>
    event EventHandler<LeadershipEventArgs>? Elected;

    /// <summary>Raised when this instance stops leading: lease lost (right after the worker was cancelled), worker ended, or host stopping.</summary>
    event EventHandler<LeadershipEventArgs>? Demoted;

    /// <summary>Raised when the leader observed in the store changes.</summary>
    event EventHandler<LeaderChangedEventArgs>? LeaderChanged;
}
