using System.Collections;
using System.Reflection;

namespace Nomadic.Core.Tests.Validation;

/// <summary>Sets random reference-typed properties and list elements of a model graph to null, ignoring nullability annotations, to prove code never trusts them.</summary>
internal sealed class NullInjector(Random random)
{
    public T Inject<T>(T root) where T : class
    {
        Walk(root, 0);
        return root;
    }

    private void Walk(object? node, int depth)
    {
        if (node is null || depth > 12 || node is string || node.GetType().IsPrimitive || node.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true && node is not IEnumerable)
        {
            return;
        }

        if (node is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!list.IsFixedSize && !list.IsReadOnly && random.Next(6) == 0 && !list.GetType().GetGenericArguments().Any(t => t.IsValueType))
                {
                    list[i] = null;
                }
                else
                {
                    Walk(list[i], depth + 1);
                }
            }

            return;
        }

        if (node is IDictionary dictionary)
        {
            foreach (var value in dictionary.Values)
            {
                Walk(value, depth + 1);
            }

            return;
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var type = property.PropertyType;
            if (!type.IsValueType && random.Next(5) == 0)
            {
                property.SetValue(node, null);
            }
            else if (!type.IsValueType)
            {
                Walk(property.GetValue(node), depth + 1);
            }
        }
    }
}
