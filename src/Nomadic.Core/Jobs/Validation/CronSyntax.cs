using System.Text.RegularExpressions;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Syntax check of cron expressions as Nomad's cronexpr accepts them: a predefined macro (<c>@yearly</c>,
/// <c>@annually</c>, <c>@monthly</c>, <c>@weekly</c>, <c>@daily</c>, <c>@midnight</c>, <c>@hourly</c>) or 5 to 7
/// fields (optional seconds first, optional year last) of numbers, names, <c>* ? , - / L W #</c>.
/// </summary>
internal static partial class CronSyntax
{
    private static readonly string[] _macros = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];

    public static string? Check(string spec)
    {
        var trimmed = spec.Trim();
        if (trimmed.StartsWith('@'))
        {
            return _macros.Contains(trimmed, StringComparer.OrdinalIgnoreCase) ? null : $"unknown cron macro {trimmed}";
        }

        var fields = trimmed.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 5 or > 7)
        {
            return $"expected 5 to 7 fields, got {fields.Length}";
        }

        foreach (var field in fields)
        {
            if (!Field().IsMatch(field))
            {
                return $"syntax error in field {field}";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^([0-9A-Za-z*?LW#]+(-[0-9A-Za-z]+)?(/[0-9]+)?)(,([0-9A-Za-z*?LW#]+(-[0-9A-Za-z]+)?(/[0-9]+)?))*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
