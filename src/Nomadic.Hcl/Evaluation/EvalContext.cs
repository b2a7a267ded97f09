using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>
/// What an expression can see when it is evaluated: variables and functions, looked up first here and then in the
/// parent contexts, as HCL's <c>hcl.EvalContext</c>.
/// </summary>
public sealed class EvalContext
{
    /// <summary>Initializes a new instance of the <see cref="EvalContext"/> class with no parent.</summary>
    public EvalContext()
    {
    }

    private EvalContext(EvalContext parent)
    {
        Parent = parent;
    }

    /// <summary>Gets or sets the variables of this scope, or null when this scope declares none.</summary>
    public IDictionary<string, HclValue>? Variables { get; set; }

    /// <summary>Gets or sets the functions of this scope, or null when this scope declares none.</summary>
    public IDictionary<string, HclFunction>? Functions { get; set; }

    /// <summary>
    /// Gets or sets what a reference to an undefined variable evaluates to. Return null to report "Unknown variable".
    /// Nomad uses this to keep runtime references such as <c>${NOMAD_ALLOC_ID}</c> or <c>${attr.kernel.name}</c>
    /// as literal text for the client to interpolate later. Inherited by child contexts.
    /// </summary>
    public Func<HclTraversal, HclValue?>? UndefinedVariable { get; set; }

    /// <summary>Gets the enclosing context, or null for the outermost one.</summary>
    public EvalContext? Parent { get; }

    /// <summary>Creates a child scope whose lookups fall back to this one.</summary>
    /// <returns>The child context.</returns>
    public EvalContext NewChild() => new(this);

    /// <summary>Creates a context with the given variables and functions.</summary>
    /// <param name="variables">The variables.</param>
    /// <param name="functions">The functions, or null for none.</param>
    /// <returns>The context.</returns>
    public static EvalContext Create(IDictionary<string, HclValue>? variables, IDictionary<string, HclFunction>? functions = null) =>
        new() { Variables = variables, Functions = functions };

    internal bool TryGetVariable(string name, out HclValue value, out bool anyVariables)
    {
        anyVariables = false;
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Variables is null)
            {
                continue;
            }

            anyVariables = true;
            if (scope.Variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    internal bool TryGetFunction(string name, out HclFunction? function, out bool anyFunctions)
    {
        anyFunctions = false;
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Functions is null)
            {
                continue;
            }

            anyFunctions = true;
            if (scope.Functions.TryGetValue(name, out function))
            {
                return true;
            }
        }

        function = null;
        return false;
    }

    internal Func<HclTraversal, HclValue?>? FindUndefinedVariableHandler()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.UndefinedVariable is not null)
            {
                return scope.UndefinedVariable;
            }
        }

        return null;
    }

    internal IEnumerable<string> AllVariableNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Variables is not null)
            {
                foreach (var name in scope.Variables.Keys)
                {
                    yield return name;
                }
            }
        }
    }

    internal IEnumerable<string> AllFunctionNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Functions is not null)
            {
                foreach (var name in scope.Functions.Keys)
                {
                    yield return name;
                }
            }
        }
    }
}
