namespace Nomadic.Locks;

/// <summary>
/// Work that runs only while this instance leads (see <c>services.AddLeaderElectedService&lt;TWorker&gt;(path)</c>).
/// Resolved from a new dependency-injection scope for every term.
/// </summary>
public interface ILeaderWorker
{
    /// <summary>Does the leader's work for one term.</summary>
    /// <param name="term">The term: its fencing token is what resources should be given to reject stale leaders.</param>
    /// <param name="cancellationToken">
    /// Cancelled the moment leadership is lost or the host stops. The worker must stop promptly: the elector waits for
    /// it before campaigning again. Returning without cancellation ends the election for this instance.
    /// </param>
    /// <returns>A task that completes when the work stops.</returns>
    Task ExecuteAsync(LeadershipTerm term, CancellationToken cancellationToken);
}
