using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>A declared input variable with every value given for it, the last of which wins.</summary>
internal sealed class InputVariable
{
    public InputVariable(string name, SourceRange range)
    {
        Name = name;
        Range = range;
    }

    public string Name { get; }

    /// <summary>Gets where the variable is declared.</summary>
    public SourceRange Range { get; }

    /// <summary>Gets or sets the type values are converted to: the declared one, else the default's; null when neither is given.</summary>
    public HclType? Type { get; set; }

    public string? Description { get; set; }

    /// <summary>Gets the values in the order they were given: default, environment, var files, arguments.</summary>
    public List<VariableAssignment> Values { get; } = [];

    public List<VariableValidationRule> Validations { get; } = [];
}

/// <summary>One value given for a variable.</summary>
/// <param name="From">Where it came from, in Nomad's words: <c>default</c>, <c>env</c>, <c>varfile</c> or <c>cmd</c>.</param>
/// <param name="Value">The value, converted to the variable's type.</param>
/// <param name="Range">The expression that gave it, when it has a source position.</param>
internal sealed record VariableAssignment(string From, HclValue Value, SourceRange? Range);
