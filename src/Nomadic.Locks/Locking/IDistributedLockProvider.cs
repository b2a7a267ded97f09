namespace Nomadic.Locks;

/// <summary>
/// Creates distributed locks by name, in the style of madelson/DistributedLock's provider; register one in
/// dependency injection with <c>services.AddNomadicLocks()</c>.
/// </summary>
public interface IDistributedLockProvider
{
    /// <summary>Creates a lock object for the variable at <paramref name="path"/>; nothing is acquired yet.</summary>
    /// <param name="path">The variable path the lock lives at, for example <c>myapp/leader</c>.</param>
    /// <returns>The lock.</returns>
    /// <exception cref="InvalidVariableException">The path breaks Nomad's path rules.</exception>
    IDistributedLock CreateLock(string path);
}
