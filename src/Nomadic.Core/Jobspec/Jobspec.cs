using System.Text;
using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec;

/// <summary>Loads a jobspec file: HCL2 (native or JSON syntax) through parse + decode, or Nomad API JSON (<c>{"Job": {...}}</c>).</summary>
public static class Jobspec
{
    /// <summary>
    /// Reads <see cref="JobspecParseOptions.Source"/> (or the file at <see cref="JobspecParseOptions.Path"/>). A JSON document whose
    /// top-level key is <c>"Job"</c> is taken as Nomad API JSON, as <c>nomad job run -json</c> does; anything else is a jobspec.
    /// </summary>
    /// <param name="options">Where the jobspec is and its variables.</param>
    /// <returns>The job, every diagnostic and the source map (empty for API JSON).</returns>
    public static JobDecodeResult Load(JobspecParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ReadOnlyMemory<byte> source;
        try
        {
            source = options.Source ?? File.ReadAllBytes(options.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new JobDecodeResult(null, [Diagnostic.Error(null, "Failed to read file", $"The jobspec \"{options.Path}\" could not be read: {ex.Message}")], new SourceMap());
        }

        if (IsApiJson(source.Span))
        {
            try
            {
                return new JobDecodeResult(NomadApiJson.Deserialize(Encoding.UTF8.GetString(source.Span)), [], new SourceMap());
            }
            catch (NomadJsonException ex)
            {
                return new JobDecodeResult(null, [Diagnostic.Error(null, "Invalid Nomad job JSON", $"{options.Path}: {ex.Message}")], new SourceMap());
            }
        }

        var parseOptions = options.Source is null ? CopyWithSource(options, source) : options;
        return JobspecDecoder.Decode(JobspecParser.Parse(parseOptions));
    }

    private static bool IsApiJson(ReadOnlySpan<byte> source)
    {
        var text = Encoding.UTF8.GetString(source).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.EnumerateObject().Select(p => p.Name).SequenceEqual(["Job"]);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static JobspecParseOptions CopyWithSource(JobspecParseOptions o, ReadOnlyMemory<byte> source) => new()
    {
        Path = o.Path,
        Source = source,
        ArgVars = o.ArgVars,
        VarFiles = o.VarFiles,
        VarContent = o.VarContent,
        Environment = o.Environment,
        AllowFileSystem = o.AllowFileSystem,
        BaseDirectory = o.BaseDirectory,
        Strict = o.Strict,
        TimeProvider = o.TimeProvider,
    };
}
