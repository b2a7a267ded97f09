using System.CommandLine;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Jobspec;
using Nomadic.Hcl;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic job validate|inspect FILE [-var k=v]... [-var-file F]...</c>: read a jobspec as <c>nomad job</c> does
/// (variables from <c>NOMAD_VAR_*</c>, var files, then <c>-var</c>) and check it or print it as Nomad API JSON.
/// </summary>
internal static class JobCommand
{
    public static Command Create()
    {
        var job = new Command("job", "Work with jobspecs: validate a file, or print it as Nomad API JSON.");
        job.Subcommands.Add(Verb("validate", "Check a jobspec and report every problem with its position.", inspect: false));
        job.Subcommands.Add(Verb("inspect", "Print a jobspec as Nomad API JSON ({\"Job\": ...}), as `nomad job run -output` does.", inspect: true));
        job.Subcommands.Add(JobPlanCommand.Create());
        return job;
    }

    private static Command Verb(string name, string description, bool inspect)
    {
        var file = new Argument<string>("FILE") { Description = "The jobspec: HCL2, HCL JSON, or Nomad API JSON." };
        var vars = new Option<string[]>("-var") { Description = "Set an input variable: -var name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var varFiles = new Option<string[]>("-var-file") { Description = "Read input variables from an HCL or JSON file (repeatable)." };
        var command = new Command(name, description) { file, vars, varFiles };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(vars) ?? [],
            parseResult.GetValue(varFiles) ?? [],
            inspect,
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(string path, IReadOnlyList<string> vars, IReadOnlyList<string> varFiles, bool inspect, TextWriter output, TextWriter error)
    {
        if (Load(path, vars, varFiles, error) is not { } job)
        {
            return 1;
        }

        output.WriteLine(inspect ? NomadApiJson.Serialize(new JobDocument { Job = job }) : "Job validation successful");
        return 0;
    }

    /// <summary>
    /// Reads, decodes, canonicalizes and validates a jobspec, writing every diagnostic to <paramref name="error"/>;
    /// returns <see langword="null"/> when there was an error.
    /// </summary>
    internal static Job? Load(string path, IReadOnlyList<string> vars, IReadOnlyList<string> varFiles, TextWriter error)
    {
        if (!CliInput.TryRead(path, error, out var bytes))
        {
            return null;
        }

        var result = Jobspec.Load(new JobspecParseOptions
        {
            Path = path,
            Source = bytes,
            ArgVars = vars,
            VarFiles = varFiles,
            Environment = JobspecParseOptions.ReadProcessEnvironment(),
        });
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (result.HasErrors || result.Job is null)
        {
            return null;
        }

        var job = JobCanonicalizer.Canonicalize(result.Job);
        var problems = JobValidator.Validate(job);
        foreach (var problem in problems)
        {
            error.WriteLine(ToDiagnostic(problem, result.SourceMap, path).ToString());
        }

        return problems.Count > 0 ? null : job;
    }

    /// <summary>A validation error at the source position of the field it names, or of its nearest decoded parent.</summary>
    internal static Diagnostic ToDiagnostic(JobValidationError problem, SourceMap sourceMap, string path) =>
        Diagnostic.Error(
            sourceMap.Find(problem.Path) ?? new SourceRange(path, SourcePos.Start, SourcePos.Start),
            "Invalid job",
            $"{problem.Path}: {problem.Message}");
}
