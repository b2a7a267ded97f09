namespace Nomadic.Locks;

/// <summary>
/// The outcome of a check-and-set write, a delete, a lock renewal or a lock release.
/// </summary>
public sealed class VariableWriteResult
{
    private VariableWriteResult(bool succeeded, Variable? variable)
    {
        Succeeded = succeeded;
        Variable = variable;
    }

    /// <summary>Whether the operation took effect.</summary>
    public bool Succeeded { get; }

    /// <summary>
    /// On success, the variable as stored afterwards (<see langword="null"/> after a delete). On a conflict, the
    /// current variable, as Nomad's 409 returns it, or <see langword="null"/> when there is none.
    /// </summary>
    public Variable? Variable { get; }

    /// <summary>A successful outcome.</summary>
    /// <param name="variable">The variable as stored afterwards, or <see langword="null"/> after a delete.</param>
    /// <returns>The result.</returns>
    public static VariableWriteResult Success(Variable? variable) => new(true, variable);

    /// <summary>A conflict: the check index did not match, or the variable is locked by someone else.</summary>
    /// <param name="current">The current variable, or <see langword="null"/> when there is none.</param>
    /// <returns>The result.</returns>
    public static VariableWriteResult Conflict(Variable? current) => new(false, current);

    /// <summary>Returns the stored variable, or throws when the operation conflicted.</summary>
    /// <returns>The variable as stored afterwards (<see langword="null"/> after a delete).</returns>
    /// <exception cref="VariableConflictException">The operation conflicted; the exception carries the current variable.</exception>
    public Variable? EnsureSuccess() => Succeeded ? Variable : throw new VariableConflictException(Variable);
}
