namespace Nomadic.Locks;

/// <summary>
/// A check-and-set or lock conflict: the variable changed since it was read, or another holder has its lock.
/// Carries the current variable, as Nomad's HTTP 409 does.
/// </summary>
public sealed class VariableConflictException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public VariableConflictException()
        : this(current: null)
    {
    }

    /// <summary>Creates the exception for a conflict with <paramref name="current"/>.</summary>
    /// <param name="current">The current variable, or <see langword="null"/> when there is none.</param>
    public VariableConflictException(Variable? current)
        : base(current is null
            ? "The variable does not exist or was changed concurrently (check-and-set conflict)."
            : $"The variable '{current.Path}' in namespace '{current.Namespace}' is at index {current.ModifyIndex}"
              + (current.Lock is null ? "" : " and locked") + "; the write conflicted.")
    {
        Current = current;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public VariableConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VariableConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The current variable, or <see langword="null"/> when there is none.</summary>
    public Variable? Current { get; }
}
