using System.Collections;
using System.Reflection;

namespace Nomadic.Core.Tests.Jobs;

/// <summary>Fills any model type with random values by reflection, so every public property takes part in the round trip.</summary>
internal sealed class RandomModel(Random random)
{
    // NullabilityInfoContext is not thread-safe; property tests generate models on several threads.
    private static readonly ThreadLocal<NullabilityInfoContext> Nullability = new(() => new NullabilityInfoContext());

    public T Create<T>() where T : class => (T)CreateObject(typeof(T), 0);

    private object CreateObject(Type type, int depth)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var nullable = Nullability.Value!.Create(property).WriteState == NullabilityState.Nullable;
            if (nullable && random.Next(4) == 0)
            {
                property.SetValue(instance, null);
                continue;
            }

            property.SetValue(instance, CreateValue(property.PropertyType, depth + 1));
        }

        return instance;
    }

    private object? CreateValue(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return Text();
        if (underlying == typeof(int)) return random.Next(int.MinValue, int.MaxValue);
        if (underlying == typeof(long)) return random.NextInt64();
        if (underlying == typeof(ulong)) return (ulong)random.NextInt64() * 2;
        if (underlying == typeof(sbyte)) return (sbyte)random.Next(-128, 128);
        if (underlying == typeof(byte)) return (byte)random.Next(256);
        if (underlying == typeof(bool)) return random.Next(2) == 0;
        if (underlying == typeof(TimeSpan)) return TimeSpan.FromTicks(random.NextInt64(-90_000_000_000_000_000, 90_000_000_000_000_000));
        if (underlying == typeof(byte[])) return Enumerable.Range(0, random.Next(5)).Select(_ => (byte)random.Next(256)).ToArray();
        if (underlying == typeof(IDictionary<string, object?>)) return Tree(depth);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IList<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            for (var i = depth > 6 ? 0 : random.Next(3); i > 0; i--) list.Add(CreateValue(element, depth + 1));
            return list;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            var element = underlying.GetGenericArguments()[1];
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), element))!;
            for (var i = depth > 6 ? 0 : random.Next(3); i > 0; i--) map[Text() + i] = CreateValue(element, depth + 1);
            return map;
        }

        if (underlying.IsClass) return CreateObject(underlying, depth);
        throw new InvalidOperationException($"No generator for {type}.");
    }

    private Dictionary<string, object?> Tree(int depth)
    {
        var map = new Dictionary<string, object?>();
        for (var i = random.Next(4); i > 0; i--) map[Text() + i] = Leaf(depth + 1);
        return map;
    }

    private object? Leaf(int depth) => random.Next(depth > 8 ? 5 : 7) switch
    {
        0 => null,
        1 => Text(),
        2 => random.NextInt64(),
        3 => random.Next(-1000, 1000) + 0.5,
        4 => random.Next(2) == 0,
        5 => Enumerable.Range(0, random.Next(3)).Select(_ => Leaf(depth + 1)).ToList(),
        _ => Tree(depth),
    };

    private string Text()
    {
        const string alphabet = "abcXYZ_-./${}<>&\"\\\n\té✓";
        return new string(Enumerable.Range(0, random.Next(6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
