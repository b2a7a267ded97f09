namespace Nomadic.Topology;

/// <summary>PCI bus IDs such as <c>0000:03:00.0</c>, compared as Nomad's <c>equalBusID</c> does.</summary>
public static class PciBusId
{
    /// <summary>
    /// Returns the canonical form of a bus ID: lower case, and an all-zero domain (<c>0000:</c> or
    /// <c>00000000:</c>) written as <c>0000:</c>, so that both spellings of the same device compare equal.
    /// </summary>
    /// <param name="busId">A bus ID like <c>0000:03:00.0</c>, <c>00000000:03:00.0</c> or <c>03:00.0</c>.</param>
    /// <returns>The canonical bus ID.</returns>
    public static string Normalize(string busId)
    {
        ArgumentNullException.ThrowIfNull(busId);
        var trimmed = busId.Trim().ToLowerInvariant();
        var parts = trimmed.Split(':');
        if (parts.Length == 2)
        {
            return "0000:" + trimmed;
        }

        if (parts.Length == 3 && parts[0].Length > 0 && parts[0].All(c => c == '0'))
        {
            return "0000:" + parts[1] + ":" + parts[2];
        }

        return trimmed;
    }

    /// <summary>Whether two bus IDs name the same device, treating <c>0000:</c> and <c>00000000:</c> domains as equal.</summary>
    /// <param name="left">A bus ID.</param>
    /// <param name="right">Another bus ID.</param>
    /// <returns><see langword="true"/> when both normalize to the same bus ID.</returns>
    public static bool AreEqual(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
