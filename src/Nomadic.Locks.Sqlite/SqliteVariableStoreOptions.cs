namespace Nomadic.Locks;

/// <summary>
/// Options of <see cref="SqliteVariableStore"/>: where the database file lives and how the store waits for other
/// processes. Validated when the store is created and, through DI, when the host starts.
/// </summary>
public sealed class SqliteVariableStoreOptions
{
    /// <summary>
    /// The database file, created with its directory's permissions when missing; required. Every process that shares
    /// the locks must open the same file on a local file system (SQLite's locking is unreliable on network shares).
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// How often a watch (and so a waiting lock acquirer or an election observer) reads the store to notice changes
    /// made by other processes and lock expiries; 1 ms to 10 s, default 50 ms. Changes made through the same store
    /// instance wake watchers at once. Shorter intervals hand locks over faster between processes and cost one small
    /// read per watcher per interval. The interval is measured on the system clock: it is a latency, not part of the
    /// locks' semantics, which run on the store's <see cref="TimeProvider"/>.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How long a write waits for another process's write transaction to finish before failing; 1 ms to 10 min,
    /// default 5 s. Write transactions are a few statements long, so contention only ever waits for microseconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether every commit is flushed to disk (<c>PRAGMA synchronous = FULL</c>); default <see langword="false"/>
    /// (<c>NORMAL</c>). In WAL mode <c>NORMAL</c> never loses a committed write when a process crashes, but a power
    /// loss or an operating system crash may roll back the last commits, so an index, and a fencing token with it,
    /// could be handed out again. Turn this on when the resources the locks protect live on other machines and
    /// must never see a token twice; each write then costs one <c>fsync</c>.
    /// </summary>
    public bool FlushEveryCommit { get; set; }
}
