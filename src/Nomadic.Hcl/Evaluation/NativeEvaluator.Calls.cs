using System.Text;
using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>Function calls: lookup, argument expansion with <c>...</c>, conversion, errors, and the expression functions.</summary>
internal sealed partial class NativeEvaluator
{
    private HclValue EvalCall(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var name = node.Name;
        HclFunction? function = null;
        var anyFunctions = false;
        if (ctx is null || !ctx.TryGetFunction(name, out function, out anyFunctions))
        {
            if (!anyFunctions)
            {
                diags.Error(node.Range, "Function calls not allowed", "Functions may not be called here.");
                return HclValue.DynamicUnknown;
            }

            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Call to unknown function", UnknownFunctionDetail(name, ctx!), node.NameRange, node.Range));
            return HclValue.DynamicUnknown;
        }

        var args = new List<SyntaxNode>();
        foreach (var arg in node.Children)
        {
            args.Add(arg);
        }

        if (ReferenceEquals(function, ExpressionFunctions.Try) || ReferenceEquals(function, ExpressionFunctions.Can))
        {
            return EvalTryOrCan(ReferenceEquals(function, ExpressionFunctions.Try), node, args, ctx, diags);
        }

        if (ReferenceEquals(function, ExpressionFunctions.Convert))
        {
            return EvalConvert(node, args, ctx, diags);
        }

        var before = diags.Count;
        var argValues = new List<HclValue>(args.Count);
        var expandFinal = (node.Data & SyntaxTree.ExpandFinalFlag) != 0;
        for (var i = 0; i < args.Count; i++)
        {
            if (expandFinal && i == args.Count - 1)
            {
                if (!ExpandArgument(node, args[i], ctx, diags, argValues, out var early))
                {
                    return early;
                }

                continue;
            }

            argValues.Add(Eval(args[i], ctx, diags));
        }

        var parameters = function!.Parameters;
        if (argValues.Count < parameters.Count)
        {
            var qualifier = function.VariadicParameter is null ? string.Empty : " at least";
            diags.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "Not enough function arguments",
                $"Function \"{name}\" expects{qualifier} {parameters.Count} argument(s). Missing value for \"{parameters[argValues.Count].Name}\".",
                RangeOf(node.End - 1, node.End),
                node.Range));
            return HclValue.DynamicUnknown;
        }

        if (function.VariadicParameter is null && argValues.Count > parameters.Count)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Too many function arguments", $"Function \"{name}\" expects only {parameters.Count} argument(s).", ArgumentRange(args, expandFinal, parameters.Count), node.Range));
            return HclValue.DynamicUnknown;
        }

        for (var i = 0; i < argValues.Count; i++)
        {
            var parameter = function.ParameterFor(i)!;
            if (!HclConvert.TryConvert(argValues[i], parameter.Type, out var converted, out var error))
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid function argument", $"Invalid value for \"{parameter.Name}\" parameter: {error}.", ArgumentRange(args, expandFinal, i), node.Range));
                continue;
            }

            argValues[i] = converted;
        }

        if (HasErrorsSince(diags, before))
        {
            return HclValue.DynamicUnknown;
        }

        try
        {
            return function.Call(argValues);
        }
        catch (HclFunctionException ex) when (ex.ArgumentIndex is { } index && index < argValues.Count && function.ParameterFor(index) is { } parameter)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid function argument", $"Invalid value for \"{parameter.Name}\" parameter: {ex.Message}.", ArgumentRange(args, expandFinal, index), node.Range));
        }
        catch (Exception ex) when (ex is HclFunctionException or HclValueException)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Error in function call", $"Call to function \"{name}\" failed: {ex.Message}.", StartRangeOfCall(node), node.Range));
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException or InsufficientExecutionStackException))
        {
            // A function's own bug must not crash a caller that passed bad input; the text makes it visible as ours.
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Error in function call", $"Call to function \"{name}\" failed: internal error: {ex.GetType().Name}: {ex.Message}.", StartRangeOfCall(node), node.Range));
        }

        return HclValue.DynamicUnknown;
    }

    /// <summary>
    /// The range a diagnostic about argument <paramref name="index"/> points at: the start of its expression, or the
    /// whole expanding argument for the values it expanded to. Computed only when a diagnostic needs it.
    /// </summary>
    private static SourceRange ArgumentRange(List<SyntaxNode> args, bool expandFinal, int index) =>
        expandFinal && index >= args.Count - 1 ? args[^1].Range : StartRangeOf(args[index]);

    /// <summary>The call up to and including its opening parenthesis.</summary>
    private SourceRange StartRangeOfCall(SyntaxNode call) => RangeOf(call.Start, OpenParenEnd(call));

    private static int OpenParenEnd(SyntaxNode call)
    {
        var source = call.Tree.Source.Span;
        var i = call.Start + (call.Data & (SyntaxTree.ExpandFinalFlag - 1));
        while (i < call.End && source[i] != '(')
        {
            i++;
        }

        return Math.Min(i + 1, call.End);
    }

    private static SourceRange StartRangeOf(SyntaxNode node) => node.Kind switch
    {
        NodeKind.Tuple or NodeKind.Object or NodeKind.For => node.Tree.RangeOf(node.Start, node.Start + 1),
        _ => node.Range,
    };

    private static string UnknownFunctionDetail(string name, EvalContext ctx)
    {
        var separator = name.LastIndexOf("::", StringComparison.Ordinal);
        if (separator >= 0)
        {
            var ns = name[..(separator + 2)];
            var local = name[(separator + 2)..];
            var available = ctx.AllFunctionNames().Where(n => n.StartsWith(ns, StringComparison.Ordinal)).Select(n => n[ns.Length..]).ToList();
            if (available.Count == 0)
            {
                return $"There are no functions in namespace \"{ns}\".";
            }

            var nsSuggestion = NameSuggestion.Find(local, available);
            return $"There is no function named \"{local}\" in namespace {ns}.{(nsSuggestion is null ? string.Empty : $" Did you mean {ns}{nsSuggestion}?")}";
        }

        var suggestion = NameSuggestion.Find(name, ctx.AllFunctionNames());
        return $"There is no function named \"{name}\".{(suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?")}";
    }

    private bool ExpandArgument(SyntaxNode call, SyntaxNode arg, EvalContext? ctx, DiagnosticBag diags, List<HclValue> values, out HclValue early)
    {
        early = HclValue.DynamicUnknown;
        var before = diags.Count;
        var expand = Eval(arg, ctx, diags);
        if (HasErrorsSince(diags, before))
        {
            return false;
        }

        if (expand.Type.IsDynamic || expand.Type.Kind is HclTypeKind.Tuple or HclTypeKind.List or HclTypeKind.Set)
        {
            if (expand.IsNull)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", arg.Range, call.Range));
                return false;
            }

            if (!expand.IsKnown || expand.Type.IsDynamic)
            {
                return false;
            }

            foreach (var element in expand.Elements)
            {
                values.Add(element);
            }

            return true;
        }

        diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", arg.Range, call.Range));
        return false;
    }

    private HclValue EvalTryOrCan(bool isTry, SyntaxNode call, List<SyntaxNode> args, EvalContext? ctx, DiagnosticBag diags)
    {
        if (args.Count == 0 || (!isTry && args.Count != 1))
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, isTry ? "Not enough function arguments" : "Invalid function arguments", isTry
                ? "Function \"try\" expects at least 1 argument(s)."
                : "Function \"can\" expects exactly 1 argument.", call.Range, call.Range));
            return HclValue.DynamicUnknown;
        }

        var collected = new List<Diagnostic>();
        foreach (var arg in args)
        {
            if (DependsOnUnknowns(arg, ctx))
            {
                return isTry ? HclValue.DynamicUnknown : HclValue.Unknown(HclType.Bool);
            }

            var attempt = new DiagnosticBag();
            var value = Eval(arg, ctx, attempt);
            if (!attempt.HasErrors)
            {
                return isTry ? value : HclValue.True;
            }

            if (!isTry)
            {
                return HclValue.False;
            }

            collected.AddRange(attempt.Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        var message = new StringBuilder("no expression succeeded:\n");
        foreach (var d in collected)
        {
            message.Append(d.Subject is { } s ? $"- {d.Summary} (at {s})\n  {d.Detail}\n" : $"- {d.Summary}\n  {d.Detail}\n");
        }

        message.Append("\nAt least one expression must produce a successful result");
        diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Error in function call", $"Call to function \"try\" failed: {message}.", StartRangeOfCall(call), call.Range));
        return HclValue.DynamicUnknown;
    }

    private bool DependsOnUnknowns(SyntaxNode expression, EvalContext? ctx)
    {
        if (ctx is null)
        {
            return false;
        }

        foreach (var traversal in SyntaxAnalysis.ScopeTraversalNodes(expression))
        {
            var scratch = new DiagnosticBag();
            var value = EvalScopeTraversal(traversal, ctx, scratch);
            if (!scratch.HasErrors && !value.IsWhollyKnown)
            {
                return true;
            }
        }

        return false;
    }

    private HclValue EvalConvert(SyntaxNode call, List<SyntaxNode> args, EvalContext? ctx, DiagnosticBag diags)
    {
        if (args.Count != 2)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, args.Count < 2 ? "Not enough function arguments" : "Too many function arguments", "Function \"convert\" expects 2 argument(s).", call.Range, call.Range));
            return HclValue.DynamicUnknown;
        }

        var value = Eval(args[0], ctx, diags);
        var type = TypeExpressions.Parse(args[1], diags);
        if (type is null)
        {
            return HclValue.DynamicUnknown;
        }

        if (!HclConvert.TryConvert(value, type, out var converted, out var error))
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid function argument", $"Invalid value for \"value\" parameter: {error}.", args[0].Range, call.Range));
            return HclValue.Unknown(type);
        }

        return converted;
    }
}
