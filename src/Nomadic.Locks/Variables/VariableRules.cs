using System.Text;

namespace Nomadic.Locks;

/// <summary>
/// Nomad 1.7's rules for variables: path syntax and reserved paths, namespace names, the size limit and the
/// lock TTL and delay ranges (<c>nomad/structs/variables.go</c>). Every store applies them the same way.
/// </summary>
public static class VariableRules
{
    /// <summary>The longest path, in characters: 128.</summary>
    public const int MaxPathLength = 128;

    /// <summary>The longest namespace name, in characters: 128.</summary>
    public const int MaxNamespaceLength = 128;

    /// <summary>The largest variable: its keys and values together, in bytes of UTF-8: 64 KiB.</summary>
    public const int MaxSizeBytes = 64 * 1024;

    /// <summary>The namespace used when none is given: <c>default</c>.</summary>
    public const string DefaultNamespace = "default";

    /// <summary>The namespace wildcard of list and watch queries: <c>*</c>.</summary>
    public const string AllNamespaces = "*";

    /// <summary>The default lock TTL: 15 seconds.</summary>
    public static readonly TimeSpan DefaultLockTtl = TimeSpan.FromSeconds(15);

    /// <summary>The default lock delay: 15 seconds.</summary>
    public static readonly TimeSpan DefaultLockDelay = TimeSpan.FromSeconds(15);

    /// <summary>The shortest lock TTL Nomad accepts: 10 seconds.</summary>
    public static readonly TimeSpan MinLockTtl = TimeSpan.FromSeconds(10);

    /// <summary>The longest lock TTL Nomad accepts: 24 hours.</summary>
    public static readonly TimeSpan MaxLockTtl = TimeSpan.FromHours(24);

    /// <summary>The longest lock delay accepted: 24 hours (Nomad's documented upper bound).</summary>
    public static readonly TimeSpan MaxLockDelay = TimeSpan.FromHours(24);

    /// <summary>
    /// Trims leading and trailing <c>/</c> as Nomad's client does, then checks the path: 1 to 128 characters of
    /// <c>a-z A-Z 0-9 - _ ~ /</c>; <c>nomad</c> itself is reserved; below it only <c>nomad/jobs</c> and its
    /// descendants, and <c>nomad/job-templates/NAME</c> (one level down), are allowed.
    /// </summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The normalized path.</returns>
    /// <exception cref="InvalidVariableException">The path breaks a rule; the message says which.</exception>
    public static string NormalizePath(string? path)
    {
        var trimmed = (path ?? "").Trim('/');
        if (trimmed.Length == 0)
        {
            throw new InvalidVariableException("A variable path is required (it was empty or only '/').");
        }

        if (trimmed.Length > MaxPathLength)
        {
            throw new InvalidVariableException(
                $"The variable path is {trimmed.Length} characters long; at most {MaxPathLength} are allowed.");
        }

        foreach (var c in trimmed)
        {
            if (!IsPathCharacter(c))
            {
                throw new InvalidVariableException(
                    $"The variable path '{trimmed}' contains '{c}'; only letters, digits and '-', '_', '~', '/' are allowed.");
            }
        }

        CheckReserved(trimmed);
        return trimmed;
    }

    /// <summary>Checks a namespace name: 1 to 128 characters of <c>a-z A-Z 0-9 -</c>.</summary>
    /// <param name="namespace">The namespace.</param>
    /// <param name="allowWildcard">Whether <c>*</c> (every namespace) is accepted, as list and watch queries allow.</param>
    /// <returns>The namespace.</returns>
    /// <exception cref="InvalidVariableException">The name breaks a rule.</exception>
    public static string ValidateNamespace(string? @namespace, bool allowWildcard = false)
    {
        if (string.IsNullOrEmpty(@namespace))
        {
            throw new InvalidVariableException("A namespace is required; Nomad's default is 'default'.");
        }

        if (allowWildcard && @namespace == AllNamespaces)
        {
            return @namespace;
        }

        if (@namespace.Length > MaxNamespaceLength || !IsNamespace(@namespace))
        {
            throw new InvalidVariableException(
                $"The namespace '{@namespace}' is invalid; use 1 to {MaxNamespaceLength} letters, digits and '-'.");
        }

        return @namespace;
    }

    /// <summary>Checks a variable's items: present when <paramref name="allowEmpty"/> is false, keys non-empty, and at most 64 KiB together.</summary>
    /// <param name="items">The items.</param>
    /// <param name="allowEmpty">Whether no items at all is accepted (a lock acquisition may create an empty variable).</param>
    /// <exception cref="InvalidVariableException">The items break a rule.</exception>
    public static void ValidateItems(IReadOnlyDictionary<string, string>? items, bool allowEmpty = false)
    {
        if (items is null || items.Count == 0)
        {
            if (allowEmpty)
            {
                return;
            }

            throw new InvalidVariableException("A variable needs at least one item; to remove a variable, delete it.");
        }

        long size = 0;
        foreach (var (key, value) in items)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new InvalidVariableException("Variable item keys must not be empty.");
            }

            size += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value ?? "");
        }

        if (size > MaxSizeBytes)
        {
            throw new InvalidVariableException(
                $"The variable's keys and values take {size} bytes; at most {MaxSizeBytes} (64 KiB) are allowed.");
        }
    }

    /// <summary>Checks a lock request's TTL (10 s to 24 h) and lock delay (0 to 24 h) and its items, if any.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="InvalidVariableException">The request breaks a rule.</exception>
    public static void ValidateLockRequest(VariableLockRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Ttl < MinLockTtl || request.Ttl > MaxLockTtl)
        {
            throw new InvalidVariableException(
                $"The lock TTL {request.Ttl} is out of range; use {MinLockTtl} to {MaxLockTtl}.");
        }

        if (request.LockDelay < TimeSpan.Zero || request.LockDelay > MaxLockDelay)
        {
            throw new InvalidVariableException(
                $"The lock delay {request.LockDelay} is out of range; use zero to {MaxLockDelay}.");
        }

        ValidateItems(request.Items, allowEmpty: true);
    }

    private static bool IsNamespace(string @namespace)
    {
        foreach (var c in @namespace)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPathCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~' or '/';

    private static void CheckReserved(string path)
    {
        if (!path.StartsWith("nomad", StringComparison.Ordinal))
        {
            return;
        }

        var parts = path.Split('/');
        if (parts[0] != "nomad")
        {
            return;
        }

        if (parts.Length == 1)
        {
            throw new InvalidVariableException(
                "'nomad' is a reserved top-level path; write below 'nomad/jobs' or at 'nomad/job-templates/NAME' instead.");
        }

        if (parts[1] == "jobs" || (parts[1] == "job-templates" && parts.Length == 3))
        {
            return;
        }

        if (parts[1] == "job-templates")
        {
            throw new InvalidVariableException(
                $"'{path}' is reserved; job templates live exactly one level below 'nomad/job-templates', e.g. 'nomad/job-templates/NAME'.");
        }

        throw new InvalidVariableException(
            $"'{path}' is reserved; below 'nomad/' only 'nomad/jobs/...' and 'nomad/job-templates/NAME' are allowed.");
    }
}
