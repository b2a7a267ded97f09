using System.Text;

namespace Nomadic.Hcl.Values.Text;

/// <summary>Unicode Normalization Form C, as cty applies to every string it stores.</summary>
/// <remarks>
/// The runtime's own <see cref="string.Normalize()"/> does nothing under InvariantGlobalization,
/// so this carries its own tables (<see cref="NfcTables"/>).
/// </remarks>
internal static class Nfc
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    /// <summary>Returns the NFC form of <paramref name="s"/>; the same instance when it is already normalized.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The normalized string.</returns>
    public static string Normalize(string s)
    {
        var i = 0;
        while (i < s.Length && s[i] < 0x300)
        {
            i++;
        }

        if (i == s.Length)
        {
            return s;
        }

        var buffer = new List<int>(s.Length + 4);
        for (var j = 0; j < s.Length; j++)
        {
            int cp = s[j];
            if (char.IsHighSurrogate(s[j]) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1]))
            {
                cp = char.ConvertToUtf32(s[j], s[j + 1]);
                j++;
            }

            Decompose(cp, buffer);
        }

        Reorder(buffer);
        Compose(buffer);

        var sb = new StringBuilder(buffer.Count);
        foreach (var cp in buffer)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(new Rune(cp).ToString());
            }
        }

        var result = sb.ToString();
        return string.Equals(result, s, StringComparison.Ordinal) ? s : result;
    }

    /// <summary>Gets the canonical combining class of a code point.</summary>
    /// <param name="cp">The code point.</param>
    /// <returns>The class, 0 for starters.</returns>
    internal static int CombiningClass(int cp)
    {
        if (cp < 0x300)
        {
            return 0;
        }

        var table = NfcTables.CombiningClasses;
        int lo = 0, hi = (table.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = table[mid * 2];
            if (key == cp)
            {
                return table[(mid * 2) + 1];
            }

            if (key < cp)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    private static void Decompose(int cp, List<int> output)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var sIndex = cp - SBase;
            output.Add(LBase + (sIndex / NCount));
            output.Add(VBase + (sIndex % NCount / TCount));
            var t = sIndex % TCount;
            if (t != 0)
            {
                output.Add(TBase + t);
            }

            return;
        }

        if (cp >= 0xC0)
        {
            var table = NfcTables.Decompositions;
            int lo = 0, hi = (table.Length / 3) - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var key = table[mid * 3];
                if (key == cp)
                {
                    Decompose(table[(mid * 3) + 1], output);
                    var second = table[(mid * 3) + 2];
                    if (second != 0)
                    {
                        Decompose(second, output);
                    }

                    return;
                }

                if (key < cp)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        output.Add(cp);
    }

    private static void Reorder(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = CombiningClass(cps[i]);
            if (cc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void Compose(List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }

        var starterPos = 0;
        var starter = cps[0];
        var lastClass = CombiningClass(starter) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var ch = cps[read];
            var chClass = CombiningClass(ch);
            var composite = lastClass == 256 ? -1 : ComposePair(starter, ch);
            if (composite >= 0 && (lastClass < chClass || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (chClass == 0)
            {
                starterPos = write;
                starter = ch;
            }

            lastClass = chClass;
            cps[write++] = ch;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static int ComposePair(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + (((first - LBase) * VCount) + (second - VBase)) * TCount;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        var table = NfcTables.Compositions;
        int lo = 0, hi = (table.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var a = table[mid * 3];
            var b = table[(mid * 3) + 1];
            var cmp = a != first ? a.CompareTo(first) : b.CompareTo(second);
            if (cmp == 0)
            {
                return table[(mid * 3) + 2];
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
