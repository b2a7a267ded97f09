using CsCheck;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclConvertPropertyTests
{
    [Fact]
    public void Numbers_round_trip_through_strings()
    {
        Generators.Number.Sample(n =>
        {
            var text = HclConvert.Convert(HclValue.Number(n), HclType.String);
            Assert.Equal(n.ToString(), text.AsString());
            Assert.Equal(HclValue.Number(n), HclConvert.Convert(text, HclType.Number));
        });
    }

    [Fact]
    public void Number_lists_round_trip_through_string_lists_and_sets()
    {
        Gen.Long[-1000, 1000].Array[1, 20].Sample(items =>
        {
            var list = HclValue.List(items.Select(i => HclValue.Number(i)));
            var strings = HclConvert.Convert(list, HclType.List(HclType.String));
            Assert.Equal(list, HclConvert.Convert(strings, HclType.List(HclType.Number)));

            var set = HclConvert.Convert(list, HclType.Set(HclType.Number));
            var sorted = items.Distinct().Order().Select(i => HclValue.Number(i)).ToArray();
            Assert.Equal(sorted, HclConvert.Convert(set, HclType.List(HclType.Number)).Elements);
            Assert.Equal(set, HclValue.Set(items.Reverse().Select(i => HclValue.Number(i))));
        });
    }

    [Fact]
    public void Tuples_of_mixed_primitives_unify_to_strings()
    {
        Gen.OneOf(
                Gen.Long.Select(l => HclValue.Number(l)),
                Gen.Bool.Select(HclValue.Bool),
                Gen.String.Select(HclValue.String))
            .Array[1, 10]
            .Sample(items =>
            {
                var hasString = items.Any(i => i.Type == HclType.String);
                var kinds = items.Select(i => i.Type).Distinct().Count();
                var ok = HclConvert.TryConvert(HclValue.Tuple(items), HclType.List(HclType.Dynamic), out var result, out _);
                Assert.Equal(kinds == 1 || hasString, ok);
                if (ok)
                {
                    Assert.Equal(items.Length, result.Length);
                }
            });
    }

    [Fact]
    public void Json_numbers_round_trip()
    {
        Generators.Number.Sample(n =>
        {
            var json = HclJsonValues.ToJsonString(HclValue.Number(n));
            Assert.Equal(HclValue.Number(n), HclJsonValues.FromJson(json));
        });
    }
}
