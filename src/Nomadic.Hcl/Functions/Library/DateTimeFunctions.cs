using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The date and time functions of cty's stdlib: formatdate and timeadd.</summary>
internal static class DateTimeFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["formatdate"] = HclFunction.Create("formatdate", [P("format", HclType.String), P("time", HclType.String)], HclType.String,
            a => HclValue.String(FormatDate(a[0].AsString(), a[1].AsString())),
            description: "Formats a timestamp given in RFC 3339 syntax into another timestamp in some other machine-oriented time syntax, as described in the format string.");
        functions["timeadd"] = HclFunction.Create("timeadd", [P("timestamp", HclType.String), P("duration", HclType.String)], HclType.String, TimeAdd,
            description: "Adds the duration represented by the given duration string to the given RFC 3339 timestamp string, returning another RFC 3339 timestamp.");
    }

    private static HclValue TimeAdd(IReadOnlyList<HclValue> args)
    {
        try
        {
            var t = GoTime.ParseRfc3339(args[0].AsString());
            var d = GoTime.ParseDuration(args[1].AsString());
            return HclValue.String(GoTime.FormatRfc3339(t + d));
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw new HclFunctionException(e.Message, e);
        }
    }

    private static string FormatDate(string format, string time)
    {
        DateTimeOffset t;
        try
        {
            t = GoTime.ParseRfc3339(time);
        }
        catch (FormatException e)
        {
            throw new HclFunctionException(1, e.Message);
        }

        var sb = new StringBuilder();
        foreach (var token in Tokens(format))
        {
            if (token[0] == '\'')
            {
                if (token[^1] != '\'' || token.Length == 1)
                {
                    throw new HclFunctionException(0, "unterminated literal '");
                }

                if (token.Length == 2)
                {
                    sb.Append('\'');
                }
                else
                {
                    sb.Append(token[1..^1].Replace("''", "'", StringComparison.Ordinal));
                }
            }
            else if (char.IsAsciiLetter(token[0]))
            {
                AppendVerb(sb, token, t);
            }
            else
            {
                sb.Append(token);
            }
        }

        return sb.ToString();
    }

    private static void AppendVerb(StringBuilder sb, string tok, DateTimeOffset t)
    {
        var q = GoText.Quote(tok);
        var n = tok.Length;
        var c = CultureInfo.InvariantCulture;
        switch (tok[0])
        {
            case 'Y':
                sb.Append(n switch
                {
                    2 => (t.Year % 100).ToString("00", c),
                    4 => t.Year.ToString("0000", c),
                    _ => throw Invalid($"invalid date format verb {q}: year must either be \"YY\" or \"YYYY\""),
                });
                break;
            case 'M':
                sb.Append(n switch
                {
                    1 => t.Month.ToString(c),
                    2 => t.Month.ToString("00", c),
                    3 => c.DateTimeFormat.GetMonthName(t.Month)[..3],
                    4 => c.DateTimeFormat.GetMonthName(t.Month),
                    _ => throw Invalid($"invalid date format verb {q}: month must be \"M\", \"MM\", \"MMM\", or \"MMMM\""),
                });
                break;
            case 'D':
                sb.Append(n switch
                {
                    1 => t.Day.ToString(c),
                    2 => t.Day.ToString("00", c),
                    _ => throw Invalid($"invalid date format verb {q}: day of month must either be \"D\" or \"DD\""),
                });
                break;
            case 'E':
                sb.Append(n switch
                {
                    3 => t.DayOfWeek.ToString()[..3],
                    4 => t.DayOfWeek.ToString(),
                    _ => throw Invalid($"invalid date format verb {q}: day of week must either be \"EEE\" or \"EEEE\""),
                });
                break;
            case 'h':
                sb.Append(n switch
                {
                    1 => t.Hour.ToString(c),
                    2 => t.Hour.ToString("00", c),
                    _ => throw Invalid($"invalid date format verb {q}: 24-hour must either be \"h\" or \"hh\""),
                });
                break;
            case 'H':
                var h12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
                sb.Append(n switch
                {
                    1 => h12.ToString(c),
                    2 => h12.ToString("00", c),
                    _ => throw Invalid($"invalid date format verb {q}: 12-hour must either be \"H\" or \"HH\""),
                });
                break;
            case 'A' or 'a':
                if (n != 2)
                {
                    throw Invalid($"invalid date format verb {q}: must be \"{tok[0]}{tok[0]}\"");
                }

                var pm = t.Hour >= 12;
                sb.Append(tok[0] == 'A' ? (pm ? "PM" : "AM") : (pm ? "pm" : "am"));
                break;
            case 'm':
                sb.Append(n switch
                {
                    1 => t.Minute.ToString(c),
                    2 => t.Minute.ToString("00", c),
                    _ => throw Invalid($"invalid date format verb {q}: minute must either be \"m\" or \"mm\""),
                });
                break;
            case 's':
                sb.Append(n switch
                {
                    1 => t.Second.ToString(c),
                    2 => t.Second.ToString("00", c),
                    _ => throw Invalid($"invalid date format verb {q}: second must either be \"s\" or \"ss\""),
                });
                break;
            case 'Z':
                sb.Append(n switch
                {
                    1 => GoTime.Zone(t.Offset, "Z07:00"),
                    3 => t.Offset == TimeSpan.Zero ? "UTC" : GoTime.Zone(t.Offset, "-0700"),
                    4 => GoTime.Zone(t.Offset, "-0700"),
                    5 => GoTime.Zone(t.Offset, "-07:00"),
                    _ => throw Invalid($"invalid date format verb {q}: timezone must be Z, ZZZZ, or ZZZZZ"),
                });
                break;
            default:
                throw Invalid($"invalid date format verb {q}");
        }
    }

    private static HclFunctionException Invalid(string message) => new(0, message);

    private static IEnumerable<string> Tokens(string format)
    {
        var i = 0;
        while (i < format.Length)
        {
            var start = i;
            var c = format[i];
            if (c == '\'')
            {
                if (i + 1 < format.Length && format[i + 1] == '\'')
                {
                    i += 2;
                }
                else
                {
                    i++;
                    while (i < format.Length)
                    {
                        if (format[i] == '\'')
                        {
                            if (i + 1 < format.Length && format[i + 1] == '\'')
                            {
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        i++;
                    }
                }
            }
            else if (char.IsAsciiLetter(c))
            {
                while (i < format.Length && format[i] == c)
                {
                    i++;
                }
            }
            else
            {
                i++;
                while (i < format.Length && format[i] != '\'' && !char.IsAsciiLetter(format[i]))
                {
                    i++;
                }
            }

            yield return format[start..i];
        }
    }
}
