using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// The <c>locals { ... }</c> blocks: collected across blocks, ordered by their <c>local.*</c> references, and
/// evaluated so each sees the ones it uses. Cycles and references to undeclared locals are reported, not retried.
/// </summary>
internal sealed class LocalValues
{
    private readonly Dictionary<string, HclAttribute> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Name, SourceRange Range)>> _dependencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    // The locals whose expressions mention the local object at all; only they need it rebuilt before evaluation.
    private readonly HashSet<string> _readsLocals = new(StringComparer.Ordinal);

    /// <summary>Collects the definitions of every <c>locals</c> block.</summary>
    public static LocalValues Collect(IEnumerable<HclBlock> blocks, DiagnosticBag diagnostics)
    {
        var locals = new LocalValues();
        foreach (var block in blocks)
        {
            if (block.Type != "locals")
            {
                continue;
            }

            foreach (var attribute in block.Body.JustAttributes(diagnostics).Values)
            {
                if (locals._definitions.TryGetValue(attribute.Name, out var previous))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Error,
                        "Duplicate value in locals",
                        $"Duplicate {attribute.Name} definition found. Previous definition was at {previous.NameRange}.",
                        attribute.NameRange,
                        block.DefinitionRange));
                    continue;
                }

                locals._definitions[attribute.Name] = attribute;
            }
        }

        return locals;
    }

    /// <summary>Evaluates every local in dependency order; <paramref name="context"/>'s <c>local</c> object grows as they are.</summary>
    public Dictionary<string, HclValue> Evaluate(EvalContext context, IDictionary<string, HclValue> scope, DiagnosticBag diagnostics)
    {
        FindDependencies(diagnostics);
        var order = Order(diagnostics);
        var values = new Dictionary<string, HclValue>(_definitions.Count, StringComparer.Ordinal);
        foreach (var name in _definitions.Keys)
        {
            if (_failed.Contains(name))
            {
                values[name] = HclValue.DynamicUnknown;
            }
        }

        // The local object is rebuilt only when an expression that reads it comes after a change.
        var published = -1;
        foreach (var name in order)
        {
            if (_failed.Contains(name) || DependsOnFailed(name))
            {
                _failed.Add(name);
                values[name] = HclValue.DynamicUnknown;
                continue;
            }

            if (_readsLocals.Contains(name) && published != values.Count)
            {
                scope["local"] = HclValue.Object(values);
                published = values.Count;
            }

            var diags = new DiagnosticBag();
            var value = _definitions[name].Expression.Evaluate(context, diags);
            diagnostics.AddRange(diags);
            if (diags.HasErrors)
            {
                _failed.Add(name);
                value = HclValue.DynamicUnknown;
            }

            values[name] = value;
        }

        scope["local"] = HclValue.Object(values);
        return values;
    }

    private bool DependsOnFailed(string name)
    {
        foreach (var (dependency, _) in _dependencies[name])
        {
            if (_failed.Contains(dependency))
            {
                return true;
            }
        }

        return false;
    }

    private void FindDependencies(DiagnosticBag diagnostics)
    {
        foreach (var (name, attribute) in _definitions)
        {
            var dependencies = new List<(string, SourceRange)>();
            foreach (var traversal in attribute.Expression.Variables())
            {
                if (traversal.RootName != "local")
                {
                    continue;
                }

                _readsLocals.Add(name);
                if (traversal.Steps.Count == 0)
                {
                    dependencies.AddRange(_definitions.Keys.Where(other => other != name).Select(other => (other, traversal.Range)));
                    continue;
                }

                var step = traversal.Steps[0];
                var target = step.AttributeName ?? (step.Key.Type == HclType.String && step.Key.IsKnown && !step.Key.IsNull ? step.Key.AsString() : null);
                if (target is null)
                {
                    continue;
                }

                if (!_definitions.ContainsKey(target))
                {
                    var suggestion = JobspecValues.Suggest(target, _definitions.Keys) is { } s ? $" Did you mean \"{s}\"?" : string.Empty;
                    diagnostics.Error(SourceRange.Between(traversal.Range, step.Range), "Reference to undeclared local value", $"A local value with the name \"{target}\" has not been declared.{suggestion}");
                    _failed.Add(name);
                    continue;
                }

                dependencies.Add((target, SourceRange.Between(traversal.Range, step.Range)));
            }

            _dependencies[name] = dependencies;
        }
    }

    /// <summary>A depth-first order in which every local comes after those it uses; each cycle is reported once.</summary>
    private List<string> Order(DiagnosticBag diagnostics)
    {
        var order = new List<string>(_definitions.Count);
        var state = new Dictionary<string, int>(_definitions.Count, StringComparer.Ordinal);
        var path = new List<(string Name, SourceRange Via)>();

        // Iterative depth-first search: a long chain of locals must not overflow the stack. Empty after each root.
        var stack = new Stack<(string Name, int Next)>();
        foreach (var root in _definitions.Keys)
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            path.Add((root, default));
            while (stack.Count > 0)
            {
                var (name, next) = stack.Pop();
                var dependencies = _dependencies[name];
                if (next < dependencies.Count)
                {
                    stack.Push((name, next + 1));
                    var (dependency, range) = dependencies[next];
                    if (!state.TryGetValue(dependency, out var s))
                    {
                        state[dependency] = 1;
                        path.Add((dependency, range));
                        stack.Push((dependency, 0));
                    }
                    else if (s == 1)
                    {
                        ReportCycle(path, dependency, range, diagnostics);
                    }

                    continue;
                }

                state[name] = 2;
                path.RemoveAt(path.Count - 1);
                order.Add(name);
            }
        }

        return order;
    }

    private void ReportCycle(List<(string Name, SourceRange Via)> path, string repeated, SourceRange closing, DiagnosticBag diagnostics)
    {
        var start = path.FindIndex(p => p.Name == repeated);
        var members = path.Skip(start).Select(p => p.Name).ToList();
        foreach (var member in members)
        {
            _failed.Add(member);
        }

        var chain = string.Join(" -> ", members.Append(repeated).Select(n => "local." + n));
        diagnostics.Error(
            closing,
            "Circular reference in locals",
            $"The local values {chain} refer to each other in a cycle, so none of them can be evaluated. Remove one of these references.");
    }
}
