using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// Gives declared variables their values from <c>NOMAD_VAR_*</c> environment variables, then var files, then
/// <c>-var</c> arguments (later wins), and resolves each variable's final value (Nomad's <c>collectInputVariableValues</c>).
/// </summary>
internal static class InputVariableValues
{
    /// <summary>The prefix of environment variables that set input variables.</summary>
    public const string EnvironmentPrefix = "NOMAD_VAR_";

    private static readonly BodySchema VariableBlockProbe = new() { Blocks = [new BlockHeaderSchema("variable", ["name"])] };

    public static void Collect(
        Dictionary<string, InputVariable> variables,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<HclFile> varFiles,
        IReadOnlyList<string> argVars,
        bool strict,
        DiagnosticBag diagnostics)
    {
        foreach (var (key, text) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!key.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) || !variables.TryGetValue(key[EnvironmentPrefix.Length..], out var variable))
            {
                continue;
            }

            AddTextValue(variable, text, "env", $"<value for var.{variable.Name} from env>", "Invalid value for variable", "The value for {0} is not compatible with the variable's type constraint: {1}.", diagnostics);
        }

        var undefinedSeverity = strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        foreach (var file in varFiles)
        {
            if (!CollectFile(variables, file, undefinedSeverity, diagnostics))
            {
                return;
            }
        }

        foreach (var (name, text) in ParseArgVars(argVars))
        {
            if (!variables.TryGetValue(name, out var variable))
            {
                diagnostics.Add(new Diagnostic(
                    undefinedSeverity,
                    "Undefined -var variable",
                    $"A \"{name}\" variable was passed in the command line but was not found in known variables. To declare variable \"{name}\", place this block in your job file"));
                continue;
            }

            AddTextValue(variable, text, "cmd", $"<value for var.{name} from arguments>", "Invalid argument value for -var variable", "The received arg value for {0} is not compatible with the variable's type constraint: {1}.", diagnostics);
        }
    }

    /// <summary>Returns each variable's final value, reporting unset variables and failed validations.</summary>
    public static Dictionary<string, HclValue> Resolve(Dictionary<string, InputVariable> variables, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var variable in variables.Values)
        {
            if (variable.Values.Count == 0)
            {
                diagnostics.Error(
                    variable.Range,
                    $"Unset variable \"{variable.Name}\"",
                    "A used variable must be set or have a default value; see https://developer.hashicorp.com/nomad/docs/reference/hcl2/variables for details.");
                result[variable.Name] = HclValue.Unknown(variable.Type ?? HclType.Dynamic);
                continue;
            }

            var last = variable.Values[^1];
            foreach (var validation in variable.Validations)
            {
                validation.Check(variable, last, diagnostics);
            }

            result[variable.Name] = last.Value;
        }

        return result;
    }

    /// <summary><c>name=value</c> arguments in order, the last one for a name winning; arguments without <c>=</c> are ignored, as Nomad does.</summary>
    private static Dictionary<string, string> ParseArgVars(IReadOnlyList<string> argVars)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in argVars)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                result[argument[..equals]] = argument[(equals + 1)..];
            }
        }

        return result;
    }

    private static bool CollectFile(Dictionary<string, InputVariable> variables, HclFile file, DiagnosticSeverity undefinedSeverity, DiagnosticBag diagnostics)
    {
        var probe = file.Body.PartialContent(VariableBlockProbe, new DiagnosticBag(), out _);
        foreach (var block in probe.Blocks)
        {
            var name = block.Labels[0];
            diagnostics.Error(
                block.TypeRange,
                "Variable declaration in a .var file",
                $"A .var file is used to assign values to variables that have already been declared in job files, not to declare new variables. To declare variable \"{name}\", place this block in one of your job files\n\nTo set a value for this variable in {block.TypeRange.FileName}, use the definition syntax instead:\n    {name} = <value>");
        }

        if (probe.Blocks.Count > 0)
        {
            return false;
        }

        foreach (var attribute in file.Body.JustAttributes(diagnostics).Values)
        {
            if (!variables.TryGetValue(attribute.Name, out var variable))
            {
                diagnostics.Add(new Diagnostic(
                    undefinedSeverity,
                    "Undefined variable",
                    $"A \"{attribute.Name}\" variable was set but was not found in known variables. To declare variable \"{attribute.Name}\", place this block in your job files",
                    attribute.NameRange,
                    attribute.Range));
                continue;
            }

            var value = attribute.Expression.Evaluate(null, diagnostics);
            value = ConvertTo(variable, value, attribute.Expression.Range, "Invalid value for variable", "The value for {0} is not compatible with the variable's type constraint: {1}.", diagnostics);
            variable.Values.Add(new VariableAssignment("varfile", value, attribute.Expression.Range));
        }

        return true;
    }

    /// <summary>
    /// A value given as text: taken literally when the variable's type is string, number or not given (a number is
    /// then converted), and parsed as an HCL expression for any other type, as Nomad's <c>expressionFromVariableDefinition</c>.
    /// </summary>
    private static void AddTextValue(InputVariable variable, string text, string from, string fileName, string summary, string detailFormat, DiagnosticBag diagnostics)
    {
        HclValue value;
        SourceRange? range = null;
        if (variable.Type is null || variable.Type == HclType.String || variable.Type == HclType.Number)
        {
            value = HclValue.String(text);
        }
        else
        {
            var diags = new DiagnosticBag();
            var expression = HclParser.ParseExpression(text, fileName, diags);
            diagnostics.AddRange(diags);
            if (diags.HasErrors)
            {
                return;
            }

            value = expression.Evaluate(null, diagnostics);
            range = expression.Range;
        }

        value = ConvertTo(variable, value, range, summary, detailFormat, diagnostics);
        variable.Values.Add(new VariableAssignment(from, value, range));
    }

    private static HclValue ConvertTo(InputVariable variable, HclValue value, SourceRange? range, string summary, string detailFormat, DiagnosticBag diagnostics)
    {
        if (variable.Type is not { } type)
        {
            return value;
        }

        if (HclConvert.TryConvert(value, type, out var converted, out var error))
        {
            return converted;
        }

        diagnostics.Error(range, summary, string.Format(System.Globalization.CultureInfo.InvariantCulture, detailFormat, variable.Name, error));
        return HclValue.DynamicUnknown;
    }
}
