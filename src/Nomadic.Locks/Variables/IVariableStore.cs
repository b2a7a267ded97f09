namespace Nomadic.Locks;

/// <summary>
/// A store of Nomad variables with check-and-set writes, blocking-query watches and variable locks, with Nomad's
/// semantics. Implementations: <see cref="InMemoryVariableStore"/>, and the SQLite, etcd and Nomad HTTP stores.
/// </summary>
/// <remarks>
/// <para>Paths are normalized (leading and trailing <c>/</c> trimmed) and validated by <see cref="VariableRules"/>;
/// invalid input throws <see cref="InvalidVariableException"/>. Conflicts are results, not exceptions
/// (<see cref="VariableWriteResult.EnsureSuccess"/> turns them into <see cref="VariableConflictException"/>).</para>
/// <para>Every write takes the next value of one store-wide index, so <see cref="Variable.ModifyIndex"/> and
/// <see cref="Variable.CreateIndex"/> only grow. A write identical to the stored variable changes nothing.</para>
/// <para>Lock expiry is enforced by the store on its own clock: the lock is freed <see cref="VariableLock.Ttl"/> after
/// the acquisition or last renewal, then nobody can acquire it for <see cref="VariableLock.LockDelay"/>.</para>
/// </remarks>
public interface IVariableStore
{
    /// <summary>Reads a variable.</summary>
    /// <param name="namespace">The namespace, for example <c>default</c>.</param>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The variable, or <see langword="null"/> when there is none.</returns>
    ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default);

    /// <summary>Lists the variables whose path starts with <paramref name="prefix"/>, ordered by namespace then path.</summary>
    /// <param name="namespace">The namespace, or <c>*</c> for every namespace.</param>
    /// <param name="prefix">A raw string prefix of the path (leading <c>/</c> ignored); empty lists everything.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The variables' metadata, without items.</returns>
    ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default);

    /// <summary>Writes a variable, optionally with check-and-set.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="path">The path.</param>
    /// <param name="items">The items: at least one, keys and values at most <see cref="VariableRules.MaxSizeBytes"/> bytes of UTF-8 together.</param>
    /// <param name="checkIndex">
    /// <see langword="null"/> writes unconditionally; <c>0</c> writes only when the variable does not exist; any other
    /// value writes only when it equals the variable's <see cref="Variable.ModifyIndex"/>.
    /// </param>
    /// <param name="lockId">The lock ID, required to write a locked variable; ignored when it is not locked.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored variable, or a conflict carrying the current one.</returns>
    ValueTask<VariableWriteResult> PutAsync(
        string @namespace,
        string path,
        IReadOnlyDictionary<string, string> items,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a variable, optionally with check-and-set. Deleting a missing variable succeeds unless a check index other than <c>0</c> is given.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="path">The path.</param>
    /// <param name="checkIndex">
    /// <see langword="null"/> deletes unconditionally; <c>0</c> succeeds only when the variable does not exist; any other
    /// value deletes only when it equals the variable's <see cref="Variable.ModifyIndex"/>.
    /// </param>
    /// <param name="lockId">The lock ID, required to delete a locked variable.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Success with no variable, or a conflict carrying the current one.</returns>
    ValueTask<VariableWriteResult> DeleteAsync(
        string @namespace,
        string path,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits, like a Nomad blocking query, until a variable whose path starts with <paramref name="prefix"/> changes
    /// (written, deleted, locked, unlocked or expired) at an index greater than <paramref name="afterIndex"/>.
    /// </summary>
    /// <param name="namespace">The namespace, or <c>*</c> for every namespace.</param>
    /// <param name="prefix">A raw path prefix; a full path watches that variable (and any path it prefixes).</param>
    /// <param name="afterIndex">The last index the caller has seen; <c>0</c> returns at the first change ever recorded.</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The greatest change index among the matching paths; pass it back as <paramref name="afterIndex"/> to wait again.</returns>
    ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// Acquires the lock of a variable (Nomad's <c>lock-acquire</c>), creating the variable when it does not exist.
    /// </summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="path">The path.</param>
    /// <param name="request">The TTL, lock delay and optional items.</param>
    /// <param name="cancellationToken">Cancels the acquisition.</param>
    /// <returns>The locked variable with a fencing token, or a conflict.</returns>
    ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renews a held lock (Nomad's <c>lock-renew</c>): its TTL starts again. Does not change the variable's indexes.
    /// </summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="path">The path.</param>
    /// <param name="lockId">The lock ID returned by the acquisition.</param>
    /// <param name="cancellationToken">Cancels the renewal.</param>
    /// <returns>Success, or a conflict when the lock expired, was released or is held under another ID.</returns>
    ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases a held lock (Nomad's <c>lock-release</c>): the lock is cleared at once, without lock delay, the items are kept.
    /// </summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="path">The path.</param>
    /// <param name="lockId">The lock ID returned by the acquisition.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>The unlocked variable, or a conflict when the lock is not held under that ID.</returns>
    ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default);
}
