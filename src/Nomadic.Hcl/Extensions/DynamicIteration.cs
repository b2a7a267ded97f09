using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>One element of a <c>dynamic</c> block's <c>for_each</c>, with the iterations of the blocks it is nested in.</summary>
internal sealed class DynamicIteration
{
    private DynamicIteration(string iteratorName, HclValue key, HclValue value, IReadOnlyDictionary<string, DynamicIteration> inherited)
    {
        IteratorName = iteratorName;
        Key = key;
        Value = value;
        Inherited = inherited;
    }

    public string IteratorName { get; }

    public HclValue Key { get; }

    public HclValue Value { get; }

    /// <summary>Gets the iterations of the enclosing <c>dynamic</c> blocks, by iterator name.</summary>
    public IReadOnlyDictionary<string, DynamicIteration> Inherited { get; }

    /// <summary>Creates the iteration of a nested <c>dynamic</c> block; <paramref name="parent"/> is null at the top.</summary>
    public static DynamicIteration Create(DynamicIteration? parent, string iteratorName, HclValue key, HclValue value)
    {
        var inherited = new Dictionary<string, DynamicIteration>(StringComparer.Ordinal);
        if (parent is not null)
        {
            foreach (var (name, outer) in parent.Inherited)
            {
                inherited[name] = outer;
            }

            inherited[parent.IteratorName] = parent;
        }

        return new DynamicIteration(iteratorName, key, value, inherited);
    }

    /// <summary>Returns whether a variable name is one of the iterators this iteration defines.</summary>
    public bool Defines(string name) => name == IteratorName || Inherited.ContainsKey(name);

    /// <summary>Returns a child of <paramref name="parent"/> defining this iterator and the inherited ones as <c>{key, value}</c> objects.</summary>
    public EvalContext ChildContext(EvalContext parent)
    {
        var child = parent.NewChild();
        var variables = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var (name, outer) in Inherited)
        {
            variables[name] = outer.AsObject();
        }

        variables[IteratorName] = AsObject();
        child.Variables = variables;
        return child;
    }

    private HclValue AsObject() => HclValue.Object(
    [
        new KeyValuePair<string, HclValue>("key", Key),
        new KeyValuePair<string, HclValue>("value", Value),
    ]);
}
