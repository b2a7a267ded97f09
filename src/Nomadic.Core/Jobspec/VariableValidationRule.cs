using Nomadic.Hcl;
using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>A <c>validation { condition, error_message }</c> block of a <c>variable</c> block.</summary>
internal sealed class VariableValidationRule
{
    private static readonly BodySchema Schema = new()
    {
        Attributes = [new AttributeSchema("condition", Required: true), new AttributeSchema("error_message", Required: true)],
    };

    private VariableValidationRule(SourceRange declarationRange)
    {
        DeclarationRange = declarationRange;
    }

    public SourceRange DeclarationRange { get; }

    public IHclExpression? Condition { get; private set; }

    public string ErrorMessage { get; private set; } = string.Empty;

    /// <summary>Decodes the block; the condition may refer only to <c>var.&lt;variableName&gt;</c>.</summary>
    public static VariableValidationRule Decode(string variableName, HclBlock block, DiagnosticBag diagnostics)
    {
        var rule = new VariableValidationRule(block.DefinitionRange);
        var content = block.Body.Content(Schema, diagnostics);
        if (content.Attributes.TryGetValue("condition", out var condition))
        {
            rule.Condition = condition.Expression;
            var goodReferences = 0;
            foreach (var traversal in condition.Expression.Variables())
            {
                if (traversal.RootName == "var" && traversal.Steps.Count > 0 && traversal.Steps[0].AttributeName == variableName)
                {
                    goodReferences++;
                    continue;
                }

                diagnostics.Error(traversal.Range, "Invalid reference in variable validation", $"The condition for variable \"{variableName}\" can only refer to the variable itself, using var.{variableName}.");
            }

            if (goodReferences < 1)
            {
                diagnostics.Error(condition.Expression.Range, "Invalid variable validation condition", $"The condition for variable \"{variableName}\" must refer to var.{variableName} in order to test incoming values.");
            }
        }

        if (content.Attributes.TryGetValue("error_message", out var message) && JobspecValues.DecodeString(message.Expression, diagnostics) is { } text)
        {
            rule.ErrorMessage = text;
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Error(message.Expression.Range, "Invalid validation error message", "An empty or blank string is not a valid nor useful error message.");
            }
        }

        return rule;
    }

    /// <summary>Checks a variable's final value against this rule.</summary>
    public void Check(InputVariable variable, VariableAssignment value, DiagnosticBag diagnostics)
    {
        if (Condition is null)
        {
            diagnostics.Error(DeclarationRange, "Invalid variable validation specification", "validation requires a condition.");
            return;
        }

        var context = EvalContext.Create(
            new Dictionary<string, HclValue>(StringComparer.Ordinal)
            {
                ["var"] = HclValue.Object([new KeyValuePair<string, HclValue>(variable.Name, value.Value)]),
            },
            Functions);
        var diags = new DiagnosticBag();
        var result = Condition.Evaluate(context, diags);
        diagnostics.AddRange(diags);
        if (diags.HasErrors || !result.IsKnown)
        {
            return;
        }

        const string InvalidResult = "Invalid variable validation result";
        if (result.IsNull)
        {
            diagnostics.Error(Condition.Range, InvalidResult, "Validation condition expression must return either true or false, not null.");
            return;
        }

        if (!HclConvert.TryConvert(result, HclType.Bool, out var flag, out var error))
        {
            diagnostics.Error(Condition.Range, InvalidResult, $"Invalid validation condition result value: {error}.");
            return;
        }

        if (flag.IsKnown && !flag.IsNull && !flag.AsBool())
        {
            diagnostics.Error(
                value.Range ?? DeclarationRange,
                $"Invalid value for {value.From} variable",
                $"{ErrorMessage}\n\nThis was checked by the validation rule at {DeclarationRange}.");
        }
    }

    /// <summary>Nomad evaluates conditions with its functions, filesystem disabled.</summary>
    private static IDictionary<string, HclFunction> Functions => JobspecFunctions.Create(allowFileSystem: false, baseDirectory: ".", TimeProvider.System);
}
