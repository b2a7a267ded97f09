using System.Collections;
using System.Reflection;

namespace Nomadic.Core.Tests.Jobs;

/// <summary>Deep structural comparison of model graphs; returns the path of the first difference.</summary>
internal static class ModelEquality
{
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected is string || expected.GetType().IsValueType)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            if (expectedMap.Count != actualMap.Count) return $"{path}: {expectedMap.Count} entries vs {actualMap.Count}";
            foreach (DictionaryEntry entry in expectedMap)
            {
                if (!actualMap.Contains(entry.Key)) return $"{path}[{entry.Key}] missing";
                var difference = FirstDifference(entry.Value, actualMap[entry.Key], $"{path}[{entry.Key}]");
                if (difference is not null) return difference;
            }

            return null;
        }

        if (expected is IEnumerable expectedList && actual is IEnumerable actualList)
        {
            var left = expectedList.Cast<object?>().ToList();
            var right = actualList.Cast<object?>().ToList();
            if (left.Count != right.Count) return $"{path}: {left.Count} items vs {right.Count}";
            for (var i = 0; i < left.Count; i++)
            {
                var difference = FirstDifference(left[i], right[i], $"{path}[{i}]");
                if (difference is not null) return difference;
            }

            return null;
        }

        if (expected.GetType() != actual.GetType()) return $"{path}: {expected.GetType()} vs {actual.GetType()}";
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var difference = FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            if (difference is not null) return difference;
        }

        return null;
    }

    private static string Show(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
