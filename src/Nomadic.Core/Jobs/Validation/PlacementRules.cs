using System.Globalization;
using System.Text.RegularExpressions;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Constraint, affinity and spread rules (<c>Constraint.Validate</c>, <c>Affinity.Validate</c>, <c>Spread.Validate</c>).</summary>
internal static class PlacementRules
{
    private static readonly string[] _comparisons = ["=", "==", "is", "!=", "not", "<", "<=", ">", ">="];

    public static void Validate(IList<Constraint>? constraints, IList<Affinity>? affinities, IList<Spread>? spreads, string jobType, string path, ValidationSink sink)
    {
        ValidateConstraints(constraints, path, sink, taskLevel: false);
        ValidateAffinities(affinities, jobType, path, sink);
        if (jobType == JobTypes.System)
        {
            if (spreads is { Count: > 0 })
            {
                sink.Add(ValidationSink.Join(path, "Spreads"), "System jobs may not have a spread block: remove it.");
            }

            return;
        }

        for (var i = 0; i < (spreads?.Count ?? 0); i++)
        {
            ValidateSpread(spreads![i], ValidationSink.Index(path, "Spreads", i), sink);
        }
    }

    public static void ValidateConstraints(IList<Constraint>? constraints, string path, ValidationSink sink, bool taskLevel)
    {
        for (var i = 0; i < (constraints?.Count ?? 0); i++)
        {
            var itemPath = ValidationSink.Index(path, "Constraints", i);
            var constraint = constraints![i];
            if (constraint is null)
            {
                sink.Add(itemPath, "Constraint is null: remove it.");
                continue;
            }

            ValidateConstraint(constraint, itemPath, sink);
            if (taskLevel && constraint.Operand is "distinct_hosts" or "distinct_property")
            {
                sink.Add(ValidationSink.Join(itemPath, "Operand"), $"Constraint {i + 1} has disallowed Operand at task level: {constraint.Operand}; move it to the group or job.");
            }
        }
    }

    public static void ValidateAffinities(IList<Affinity>? affinities, string jobType, string path, ValidationSink sink)
    {
        if (jobType == JobTypes.System)
        {
            if (affinities is { Count: > 0 })
            {
                sink.Add(ValidationSink.Join(path, "Affinities"), "System jobs may not have an affinity block: remove it.");
            }

            return;
        }

        for (var i = 0; i < (affinities?.Count ?? 0); i++)
        {
            var itemPath = ValidationSink.Index(path, "Affinities", i);
            if (affinities![i] is { } affinity)
            {
                ValidateAffinity(affinity, itemPath, sink);
            }
            else
            {
                sink.Add(itemPath, "Affinity is null: remove it.");
            }
        }
    }

    public static void ValidateConstraint(Constraint constraint, string path, ValidationSink sink)
    {
        var operand = constraint.Operand ?? "";
        var right = constraint.RTarget ?? "";
        var operandPath = ValidationSink.Join(path, "Operand");
        var rightPath = ValidationSink.Join(path, "RTarget");
        var requireLeft = true;
        switch (operand)
        {
            case "":
                sink.Add(operandPath, "Missing constraint operand: set operator.");
                break;
            case "distinct_hosts":
                requireLeft = false;
                break;
            case "set_contains" or "set_contains_all" or "set_contains_any":
                if (right.Length == 0)
                {
                    sink.Add(rightPath, "Set contains constraint requires an RTarget: set value.");
                }

                break;
            case "regexp" or "version" or "semver":
                CheckPatternTarget(operand, right, rightPath, "constraint", sink);
                break;
            case "distinct_property":
                if (right.Length > 0)
                {
                    if (!ulong.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        sink.Add(rightPath, $"Failed to convert RTarget \"{right}\" to uint64: give a whole number of allowed allocations.");
                    }
                    else if (count < 1)
                    {
                        sink.Add(rightPath, $"Distinct Property must have an allowed count of 1 or greater: {count} < 1.");
                    }
                }

                break;
            case "is_set" or "is_not_set":
                if (right.Length > 0)
                {
                    sink.Add(rightPath, $"Operator \"{operand}\" does not support an RTarget: remove value.");
                }

                break;
            default:
                if (_comparisons.Contains(operand))
                {
                    if (right.Length == 0)
                    {
                        sink.Add(rightPath, $"Operator \"{operand}\" requires an RTarget: set value.");
                    }
                }
                else
                {
                    sink.Add(operandPath, $"Unknown constraint type \"{operand}\": use one of =, !=, <, <=, >, >=, regexp, version, semver, set_contains, set_contains_all, set_contains_any, distinct_hosts, distinct_property, is_set, is_not_set.");
                }

                break;
        }

        if (requireLeft && string.IsNullOrEmpty(constraint.LTarget))
        {
            sink.Add(ValidationSink.Join(path, "LTarget"), "No LTarget provided but is required by constraint: set attribute.");
        }
    }

    private static void ValidateAffinity(Affinity affinity, string path, ValidationSink sink)
    {
        var operand = affinity.Operand ?? "";
        var right = affinity.RTarget ?? "";
        var operandPath = ValidationSink.Join(path, "Operand");
        var rightPath = ValidationSink.Join(path, "RTarget");
        switch (operand)
        {
            case "":
                sink.Add(operandPath, "Missing affinity operand: set operator.");
                break;
            case "set_contains" or "set_contains_all" or "set_contains_any":
                if (right.Length == 0)
                {
                    sink.Add(rightPath, "Set contains operators require an RTarget: set value.");
                }

                break;
            case "regexp" or "version" or "semver":
                CheckPatternTarget(operand, right, rightPath, "affinity", sink);
                break;
            default:
                if (_comparisons.Contains(operand))
                {
                    if (right.Length == 0)
                    {
                        sink.Add(rightPath, $"Operator \"{operand}\" requires an RTarget: set value.");
                    }
                }
                else
                {
                    sink.Add(operandPath, $"Unknown affinity operator \"{operand}\": use one of =, !=, <, <=, >, >=, regexp, version, semver, set_contains, set_contains_all, set_contains_any.");
                }

                break;
        }

        if (string.IsNullOrEmpty(affinity.LTarget))
        {
            sink.Add(ValidationSink.Join(path, "LTarget"), "No LTarget provided but is required: set attribute.");
        }

        var weight = affinity.Weight ?? 0;
        if (weight == 0)
        {
            sink.Add(ValidationSink.Join(path, "Weight"), "Affinity weight cannot be zero: use a weight in [-100,100] other than 0.");
        }
        else if (weight is > 100 or < -100)
        {
            sink.Add(ValidationSink.Join(path, "Weight"), "Affinity weight must be within the range [-100,100].");
        }
    }

    private static void ValidateSpread(Spread? spread, string path, ValidationSink sink)
    {
        if (spread is null)
        {
            sink.Add(path, "Spread is null: remove it.");
            return;
        }

        if (string.IsNullOrEmpty(spread.Attribute))
        {
            sink.Add(ValidationSink.Join(path, "Attribute"), "Missing spread attribute: set attribute.");
        }

        var weight = spread.Weight ?? 0;
        if (weight is <= 0 or > 100)
        {
            sink.Add(ValidationSink.Join(path, "Weight"), "Spread block must have a positive weight from 0 to 100.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0;
        var targets = spread.SpreadTarget ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            var targetPath = ValidationSink.Index(path, "SpreadTarget", i);
            if (targets[i] is not { } target)
            {
                sink.Add(targetPath, "Spread target is null: remove it.");
                continue;
            }

            var value = target.Value ?? "";
            if (!seen.Add(value))
            {
                sink.Add(ValidationSink.Join(targetPath, "Value"), $"Spread target value \"{value}\" already defined: each target needs its own value.");
            }

            if (target.Percent > 100)
            {
                sink.Add(ValidationSink.Join(targetPath, "Percent"), $"Spread target percentage for value \"{value}\" must be between 0 and 100.");
            }

            sum += target.Percent;
        }

        if (sum > 100)
        {
            sink.Add(ValidationSink.Join(path, "SpreadTarget"), $"Sum of spread target percentages must not be greater than 100%; got {sum}%.");
        }
    }

    private static void CheckRegex(string pattern, string path, ValidationSink sink)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            sink.Add(path, $"Regular expression failed to compile: {exception.Message}");
        }
    }

    /// <summary>The RTarget checks constraints and affinities share: a regexp that compiles, a version range that parses.</summary>
    private static void CheckPatternTarget(string operand, string right, string rightPath, string noun, ValidationSink sink)
    {
        if (operand == "regexp")
        {
            CheckRegex(right, rightPath, sink);
            return;
        }

        if (VersionConstraintSyntax.Check(right, operand == "semver") is { } versionError)
        {
            sink.Add(rightPath, $"{(operand == "semver" ? "Semver" : "Version")} {noun} is invalid: {versionError}.");
        }
    }
}
