using System.Text;
using Nomadic.Hcl;
using Nomadic.Hcl.Extensions;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// The first stage of Nomad's HCL2 jobspec decoding (<c>jobspec2/parse.go</c>, <c>types.config.go</c>): parse the
/// file (HCL JSON when it starts with <c>{</c>), take its <c>variable</c>, <c>variables</c>, <c>locals</c> and
/// <c>job</c> blocks, give input variables their values, evaluate locals, and build the context the job is decoded in.
/// </summary>
public static class JobspecParser
{
    private static readonly BodySchema TopLevelSchema = new()
    {
        Blocks =
        [
            new BlockHeaderSchema("variables"),
            new BlockHeaderSchema("variable", ["name"]),
            new BlockHeaderSchema("locals"),
            new BlockHeaderSchema("job", ["name"]),
        ],
    };

    /// <summary>Parses a jobspec into its job body and evaluation context; problems are diagnostics, never exceptions.</summary>
    /// <param name="options">The jobspec and the variable values.</param>
    /// <returns>The job body, context and diagnostics.</returns>
    public static JobspecBody Parse(JobspecParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var source = options.Source ?? ReadFile(options.Path, diagnostics);
        var baseDirectory = options.BaseDirectory ?? DirectoryOf(options.Path);
        var scope = new Dictionary<string, HclValue>(StringComparer.Ordinal)
        {
            ["var"] = HclValue.EmptyObject,
            ["local"] = HclValue.EmptyObject,
        };
        var passthrough = new RuntimePassthrough(options.Path, source);
        var context = new EvalContext
        {
            Variables = scope,
            Functions = JobspecFunctions.Create(options.AllowFileSystem, baseDirectory, options.TimeProvider),
            UndefinedVariable = passthrough.Resolve,
        };
        var empty = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        if (diagnostics.HasErrors)
        {
            return new JobspecBody(null, null, null, context, empty, empty, diagnostics);
        }

        var file = ParseHclOrJson(source, options.Path);
        diagnostics.AddRange(file.Diagnostics);
        var varFiles = ParseVarFiles(options, diagnostics);

        // Nomad stops here when the jobspec or a var file is not valid syntax: decoding it would only add noise.
        if (diagnostics.HasErrors)
        {
            return new JobspecBody(null, null, null, context, empty, empty, diagnostics);
        }

        var contentDiagnostics = new DiagnosticBag();
        var content = file.Body.Content(TopLevelSchema, contentDiagnostics);
        diagnostics.AddRange(contentDiagnostics);
        if (contentDiagnostics.HasErrors)
        {
            return new JobspecBody(null, null, null, context, empty, empty, diagnostics);
        }

        var declared = InputVariableDeclarations.Decode(content.Blocks, diagnostics);
        var locals = LocalValues.Collect(content.Blocks, diagnostics);
        InputVariableValues.Collect(declared, options.Environment, varFiles, options.ArgVars, options.Strict, diagnostics);
        var variables = InputVariableValues.Resolve(declared, diagnostics);
        scope["var"] = HclValue.Object(variables);
        var localValues = locals.Evaluate(context, scope, diagnostics);

        var job = FindJob(content.Blocks, file.Body, diagnostics);
        var jobBody = job is null ? null : DynamicBlocks.Expand(BlockAttributes.Wrap(job.Body), context);
        return new JobspecBody(job?.Labels[0], job, jobBody, context, variables, localValues, diagnostics);
    }

    /// <summary>Exactly one <c>job</c> block is allowed.</summary>
    private static HclBlock? FindJob(IReadOnlyList<HclBlock> blocks, IHclBody body, DiagnosticBag diagnostics)
    {
        HclBlock? found = null;
        foreach (var block in blocks)
        {
            if (block.Type != "job")
            {
                continue;
            }

            if (found is not null)
            {
                diagnostics.Error(block.DefinitionRange, "Duplicate job block", $"Only one block of type \"job\" is allowed. Previous definition was at {found.DefinitionRange}.");
                continue;
            }

            found = block;
        }

        if (found is null)
        {
            diagnostics.Error(body.MissingItemRange, "Missing job block", "A job block is required");
        }

        return found;
    }

    private static List<HclFile> ParseVarFiles(JobspecParseOptions options, DiagnosticBag diagnostics)
    {
        var files = new List<HclFile>();
        foreach (var path in options.VarFiles)
        {
            var diags = new DiagnosticBag();
            var bytes = ReadFile(path, diags);
            diagnostics.AddRange(diags);
            if (!diags.HasErrors)
            {
                var file = ParseHclOrJson(bytes, path);
                diagnostics.AddRange(file.Diagnostics);
                files.Add(file);
            }
        }

        if (!string.IsNullOrEmpty(options.VarContent))
        {
            var file = ParseHclOrJson(Encoding.UTF8.GetBytes(options.VarContent), "input.hcl");
            diagnostics.AddRange(file.Diagnostics);
            files.Add(file);
        }

        return files;
    }

    /// <summary>HCL JSON when the first character that is not white space is <c>{</c>, as Nomad's <c>isJSON</c>; native syntax otherwise.</summary>
    private static HclFile ParseHclOrJson(ReadOnlyMemory<byte> source, string fileName)
    {
        var trimmed = source.Span.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == '{' ? HclParser.ParseJson(source, fileName) : HclParser.ParseNative(source, fileName);
    }

    private static ReadOnlyMemory<byte> ReadFile(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(null, "Failed to read file", $"failed to read \"{path}\": {e.Message}");
            return ReadOnlyMemory<byte>.Empty;
        }
    }

    private static string DirectoryOf(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(directory) ? "." : directory;
    }
}
