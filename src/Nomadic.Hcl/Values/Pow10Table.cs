using System.Numerics;

namespace Nomadic.Hcl.Values;

/// <summary>Powers of ten and decimal digit counts for <see cref="HclNumber"/> arithmetic.</summary>
internal static class Pow10Table
{
    private const int Cached = 128;

    private static readonly BigInteger[] BigPowers = BuildBig();

    private static readonly long[] LongPowers = BuildLong();

    /// <summary>Gets 10^n as a <see cref="BigInteger"/>.</summary>
    /// <param name="n">The non-negative power.</param>
    /// <returns>10^n.</returns>
    public static BigInteger Big(int n) => n < Cached ? BigPowers[n] : BigInteger.Pow(10, n);

    /// <summary>Gets 10^n as a <see cref="long"/>, for n in 0..18.</summary>
    /// <param name="n">The power.</param>
    /// <returns>10^n.</returns>
    public static long Long(int n) => LongPowers[n];

    /// <summary>Counts the decimal digits of |<paramref name="value"/>|; zero has one digit.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The digit count.</returns>
    public static int DigitCount(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return DigitCount((long)value);
        }

        var abs = BigInteger.Abs(value);
        var bits = (long)abs.GetBitLength();
        var estimate = (int)((bits - 1) * 0.30102999566398119521) + 1;
        return abs >= Big(estimate) ? estimate + 1 : estimate;
    }

    /// <summary>Counts the decimal digits of |<paramref name="value"/>|; zero has one digit.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The digit count.</returns>
    public static int DigitCount(long value)
    {
        var abs = value == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(value);
        var digits = 1;
        while (abs >= 10)
        {
            abs /= 10;
            digits++;
        }

        return digits;
    }

    private static BigInteger[] BuildBig()
    {
        var result = new BigInteger[Cached];
        result[0] = BigInteger.One;
        for (var i = 1; i < Cached; i++)
        {
            result[i] = result[i - 1] * 10;
        }

        return result;
    }

    private static long[] BuildLong()
    {
        var result = new long[19];
        result[0] = 1;
        for (var i = 1; i < result.Length; i++)
        {
            result[i] = result[i - 1] * 10;
        }

        return result;
    }
}
