using Nomadic.Hcl.Internal;
using System.Text;
using System.Text.Json;
using Nomadic.Hcl.Functions.Library.Formatting;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The JSON functions of cty's stdlib: jsonencode and jsondecode, with exact numbers and Go's string escaping.</summary>
internal static class JsonFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["jsonencode"] = HclFunction.Create("jsonencode", [P("val", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true)], HclType.String,
            a => a[0].IsWhollyKnown ? HclValue.String(GoJson.Serialize(a[0])) : HclValue.Unknown(HclType.String),
            description: "Returns a string containing a JSON representation of the given value.");
        functions["jsondecode"] = new HclFunction("jsondecode", [P("str", HclType.String)], null,
            a => a[0].IsKnown ? Decode(a[0].AsString()).Type : HclType.Dynamic,
            (a, _) => Decode(a[0].AsString()),
            "Parses the given string as JSON and returns a value corresponding to what the JSON document describes.");
    }

    /// <summary>Decodes JSON text to a value of its implied type: objects, tuples, exact numbers; a repeated property is an error.</summary>
    /// <param name="text">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="HclFunctionException">The text is not valid JSON.</exception>
    public static HclValue Decode(string text)
    {
        if (text.Trim().Length == 0)
        {
            throw new HclFunctionException("EOF");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1_000 });
        }
        catch (JsonException e)
        {
            throw new HclFunctionException(Describe(text, e), e);
        }

        using (document)
        {
            try
            {
                return HclJsonValues.FromJson(document.RootElement);
            }
            catch (HclValueException e)
            {
                throw new HclFunctionException(e.Message, e);
            }
        }
    }

    private static string Describe(string text, JsonException e)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var position = (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length);
        var line = (int)(e.LineNumber ?? 0);
        var offset = 0;
        for (var l = 0; l < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == '\n')
            {
                l++;
            }
        }

        offset += position;
        if (offset >= bytes.Length)
        {
            return "unexpected end of JSON input";
        }

        var depthZeroEnd = e.Message.Contains("after a single JSON value", StringComparison.Ordinal);
        if (depthZeroEnd)
        {
            return "extraneous data after JSON object";
        }

        var c = (char)bytes[offset];
        return $"invalid character {GoText.QuoteRune(new Rune(c))} looking for beginning of value";
    }
}
