using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>Decodes <c>variable "name" { ... }</c> blocks and the <c>variables { name = default }</c> shorthand (Nomad's <c>types.variables.go</c>).</summary>
internal static class InputVariableDeclarations
{
    private const string BadIdentifierDetail = "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.";

    private static readonly BodySchema VariableSchema = new()
    {
        Attributes = [new AttributeSchema("description"), new AttributeSchema("default"), new AttributeSchema("type")],
        Blocks = [new BlockHeaderSchema("validation")],
    };

    /// <summary>Decodes every declaration among the top-level blocks, in source order.</summary>
    public static Dictionary<string, InputVariable> Decode(IEnumerable<HclBlock> blocks, DiagnosticBag diagnostics)
    {
        var variables = new Dictionary<string, InputVariable>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Type == "variable")
            {
                DecodeBlock(block, variables, diagnostics);
            }
            else if (block.Type == "variables")
            {
                foreach (var attribute in block.Body.JustAttributes(diagnostics).Values)
                {
                    DecodeShorthand(attribute, variables, diagnostics);
                }
            }
        }

        return variables;
    }

    private static void DecodeShorthand(HclAttribute attribute, Dictionary<string, InputVariable> variables, DiagnosticBag diagnostics)
    {
        if (variables.ContainsKey(attribute.Name))
        {
            diagnostics.Error(attribute.NameRange, "Duplicate variable", $"Duplicate {attribute.Name} variable definition found.");
            return;
        }

        var diags = new DiagnosticBag();
        var value = attribute.Expression.Evaluate(null, diags);
        diagnostics.AddRange(diags);
        if (diags.HasErrors)
        {
            return;
        }

        var variable = new InputVariable(attribute.Name, attribute.Range) { Type = value.Type };
        variable.Values.Add(new VariableAssignment("default", value, attribute.Expression.Range));
        variables[attribute.Name] = variable;
    }

    private static void DecodeBlock(HclBlock block, Dictionary<string, InputVariable> variables, DiagnosticBag diagnostics)
    {
        var name = block.Labels[0];
        if (variables.TryGetValue(name, out var previous))
        {
            diagnostics.Error(block.DefinitionRange, "Duplicate variable", $"Duplicate {name} variable definition found. Previous definition was at {previous.Range}.");
            return;
        }

        var content = block.Body.Content(VariableSchema, diagnostics);
        if (!JobspecValues.IsIdentifier(name))
        {
            diagnostics.Error(block.LabelRanges[0], "Invalid variable name", BadIdentifierDetail);
        }

        var variable = new InputVariable(name, block.DefinitionRange);
        if (content.Attributes.TryGetValue("description", out var description))
        {
            variable.Description = JobspecValues.DecodeString(description.Expression, diagnostics);
        }

        if (content.Attributes.TryGetValue("type", out var typeAttribute))
        {
            var diags = new DiagnosticBag();
            variable.Type = HclExpressions.AsTypeConstraint(typeAttribute.Expression, diags);
            diagnostics.AddRange(diags);
            if (diags.HasErrors)
            {
                return;
            }
        }

        if (content.Attributes.TryGetValue("default", out var defaultAttribute))
        {
            var diags = new DiagnosticBag();
            var value = defaultAttribute.Expression.Evaluate(null, diags);
            diagnostics.AddRange(diags);
            if (diags.HasErrors)
            {
                return;
            }

            if (variable.Type is { } type)
            {
                if (HclConvert.TryConvert(value, type, out var converted, out var error))
                {
                    value = converted;
                }
                else
                {
                    diagnostics.Error(defaultAttribute.Expression.Range, "Invalid default value for variable", $"This default value is not compatible with the variable's type constraint: {error}.");
                    value = HclValue.DynamicUnknown;
                }
            }

            variable.Values.Add(new VariableAssignment("default", value, defaultAttribute.Expression.Range));
            variable.Type ??= value.Type;
        }

        foreach (var validation in content.Blocks)
        {
            variable.Validations.Add(VariableValidationRule.Decode(name, validation, diagnostics));
        }

        variables[name] = variable;
    }
}
