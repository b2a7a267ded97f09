using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Syntax;

/// <summary>Unicode identifier rules (UAX #31 ID_Start / ID_Continue) as HCL identifiers use them.</summary>
internal static class UnicodeIdentifiers
{
    public static bool IsIdStart(Rune r)
    {
        if (r.IsAscii)
        {
            var c = (char)r.Value;
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
        }

        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => IsOtherIdStart(r.Value),
        };
    }

    public static bool IsIdContinue(Rune r)
    {
        if (r.IsAscii)
        {
            var c = (char)r.Value;
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }

        return IsIdStart(r) || Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => r.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA,
        };
    }

    private static bool IsOtherIdStart(int cp) => cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
}
