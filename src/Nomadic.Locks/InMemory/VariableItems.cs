namespace Nomadic.Locks;

/// <summary>Copies and compares variable items.</summary>
internal static class VariableItems
{
    public static readonly IReadOnlyDictionary<string, string> Empty =
        new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly();

    /// <summary>An immutable copy, so that later changes to the caller's dictionary do not reach the store.</summary>
    public static IReadOnlyDictionary<string, string> Freeze(IReadOnlyDictionary<string, string> items) =>
        items.Count == 0 ? Empty : new Dictionary<string, string>(items, StringComparer.Ordinal).AsReadOnly();

    public static bool AreEqual(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
