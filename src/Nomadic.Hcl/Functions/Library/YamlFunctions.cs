using Nomadic.Hcl.Functions.Library.Yaml;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The YAML functions of go-cty-yaml: yamldecode and yamlencode.</summary>
internal static class YamlFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["yamldecode"] = new HclFunction("yamldecode", [P("src", HclType.String)], null,
            a => a[0].IsKnown ? YamlDecoder.Decode(a[0].AsString()).Type : HclType.Dynamic,
            (a, _) => YamlDecoder.Decode(a[0].AsString()),
            "Parses the given string as YAML and returns a value corresponding to what the YAML document describes.");
        functions["yamlencode"] = HclFunction.Create("yamlencode", [P("value", HclType.Dynamic, allowNull: true, allowDynamic: true)], HclType.String,
            a => a[0].IsWhollyKnown ? HclValue.String(YamlEmitter.Serialize(a[0])) : HclValue.Unknown(HclType.String),
            description: "Returns a string containing a YAML representation of the given value.");
    }
}
