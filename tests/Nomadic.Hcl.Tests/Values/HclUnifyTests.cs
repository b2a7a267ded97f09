using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclUnifyTests
{
    private static HclType Obj(params (string Name, HclType Type)[] attributes) =>
        HclType.Object(attributes.ToDictionary(a => a.Name, a => a.Type));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Unifies_as_cty(HclType[] types, HclType? expected)
    {
        Assert.Equal(expected, HclConvert.UnifyTypes(types));
    }

    public static TheoryData<HclType[], HclType?> Cases() => new()
    {
        { [], null },
        { [HclType.String], HclType.String },
        { [HclType.Number, HclType.Number], HclType.Number },
        { [HclType.String, HclType.Number], HclType.String },
        { [HclType.Number, HclType.String], HclType.String },
        { [HclType.Bool, HclType.String], HclType.String },
        { [HclType.Number, HclType.Bool], null },
        { [HclType.Number, HclType.Bool, HclType.String], HclType.String },
        { [HclType.String, HclType.Dynamic], HclType.Dynamic },
        { [HclType.Dynamic, HclType.Dynamic], HclType.Dynamic },
        { [HclType.List(HclType.String), HclType.List(HclType.Number)], HclType.List(HclType.String) },
        { [HclType.List(HclType.Number), HclType.List(HclType.Bool)], null },
        { [HclType.Map(HclType.Number), HclType.Map(HclType.String)], HclType.Map(HclType.String) },
        { [HclType.Set(HclType.Bool), HclType.Set(HclType.String)], HclType.Set(HclType.String) },
        { [HclType.List(HclType.String), HclType.Dynamic], HclType.Dynamic },
        { [Obj(("a", HclType.String)), Obj(("a", HclType.Number))], Obj(("a", HclType.String)) },
        { [Obj(("a", HclType.String)), Obj(("b", HclType.String))], HclType.Map(HclType.String) },
        { [Obj(("a", HclType.Number)), Obj(("a", HclType.Bool))], null },
        { [Obj(("a", HclType.String)), Obj(("a", HclType.String), ("b", HclType.Number))], HclType.Map(HclType.String) },
        { [HclType.Tuple([HclType.String]), HclType.Tuple([HclType.Number])], HclType.Tuple([HclType.String]) },
        { [HclType.Tuple([HclType.String]), HclType.Tuple([HclType.String, HclType.Number])], HclType.List(HclType.String) },
        { [HclType.Tuple([HclType.String]), Obj(("a", HclType.String))], null },
        { [HclType.List(HclType.String), HclType.Tuple([HclType.Number])], HclType.List(HclType.String) },
        { [HclType.Map(HclType.String), Obj(("a", HclType.Number))], HclType.Map(HclType.String) },
        { [HclType.Set(HclType.String), HclType.List(HclType.String)], HclType.List(HclType.String) },
        { [HclType.String, HclType.List(HclType.String)], null },
    };

    [Fact]
    public void Unsafe_unification_allows_unsafe_conversions()
    {
        Assert.Equal(HclType.String, HclConvert.UnifyTypesUnsafe([HclType.String, HclType.Dynamic]));
        Assert.Equal(HclType.Number, HclConvert.UnifyTypesUnsafe([HclType.Dynamic, HclType.Number]));
        Assert.Equal(HclType.Dynamic, HclConvert.UnifyTypes([HclType.Dynamic, HclType.Number]));

        // cty prefers the list: a set converts to a list safely, the other way only unsafely.
        Assert.Equal(HclType.List(HclType.String), HclConvert.UnifyTypesUnsafe([HclType.Set(HclType.String), HclType.List(HclType.String)]));
    }

    [Fact]
    public void Unifies_values()
    {
        var values = HclConvert.UnifyValues([HclValue.String("a"), HclValue.Number(1)], out var type);
        Assert.Equal(HclType.String, type);
        Assert.Equal([HclValue.String("a"), HclValue.String("1")], values!);

        Assert.Null(HclConvert.UnifyValues([HclValue.True, HclValue.Number(1)], out var none));
        Assert.Null(none);

        var dynamic = HclConvert.UnifyValues([HclValue.List([HclValue.String("a")]), HclValue.DynamicUnknown], out var dynamicType);
        Assert.Equal(HclType.Dynamic, dynamicType);
        Assert.Equal([HclValue.DynamicUnknown, HclValue.DynamicUnknown], dynamic!);

        var unsafeValues = HclConvert.UnifyValuesUnsafe([HclValue.String("a"), HclValue.NullDynamic], out var unsafeType);
        Assert.Equal(HclType.String, unsafeType);
        Assert.Equal([HclValue.String("a"), HclValue.Null(HclType.String)], unsafeValues!);
    }
}
