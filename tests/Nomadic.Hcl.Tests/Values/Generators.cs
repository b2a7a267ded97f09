using System.Numerics;
using CsCheck;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

internal static class Generators
{
    public static readonly Gen<HclNumber> SmallNumber =
        Gen.Select(Gen.Long[-1_000_000_000_000L, 1_000_000_000_000L], Gen.Int[-12, 12])
            .Select((m, e) => HclNumber.Create(m, e));

    public static readonly Gen<HclNumber> BigNumber =
        Gen.Select(Gen.Long, Gen.ULong, Gen.Int[-60, 60])
            .Select((hi, lo, e) => HclNumber.Create(((BigInteger)hi << 64) + lo, e));

    public static readonly Gen<HclNumber> Number = Gen.OneOf(SmallNumber, BigNumber, Gen.Long.Select(HclNumber.FromInt64));

    public static readonly Gen<double> FiniteDouble = Gen.Double.Where(double.IsFinite);
}
