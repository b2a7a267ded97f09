using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Tests;

public sealed class JobCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nomadic-job-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_valid_jobspec_validates()
    {
        var (code, output, error) = Run("validate", "job \"web\" {\n  group \"g\" {\n    task \"t\" {\n      driver = \"docker\"\n    }\n  }\n}\n");

        Assert.Equal(0, code);
        Assert.Equal("Job validation successful", output.Trim());
        Assert.Empty(error);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_position()
    {
        var (code, _, error) = Run("validate", "job \"web\" {\n  group \"g\" {\n    count = -1\n    task \"t\" {\n      drivr = \"docker\"\n    }\n  }\n}\n");

        Assert.Equal(1, code);
        Assert.Contains("job.nomad.hcl:5,7-12: Unsupported argument; An argument named \"drivr\" is not expected here. Did you mean \"driver\"?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_rules_point_at_the_field()
    {
        var (code, _, error) = Run("validate", "job \"web\" {\n  group \"g\" {\n    count = -1\n    task \"t\" {\n      driver = \"docker\"\n    }\n  }\n}\n");

        Assert.Equal(1, code);
        Assert.Contains("job.nomad.hcl:3,5-15: Invalid job; TaskGroups[0].Count:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_prints_Nomad_API_JSON_with_variables_applied()
    {
        var (code, output, _) = Run(
            "inspect",
            "variable \"image\" {\n  type = string\n}\njob \"web\" {\n  group \"g\" {\n    task \"t\" {\n      driver = \"docker\"\n      config {\n        image = var.image\n      }\n    }\n  }\n}\n",
            "image=redis:7");

        Assert.Equal(0, code);
        Assert.Contains("\"ID\": \"web\"", output, StringComparison.Ordinal);
        Assert.Contains("\"image\": \"redis:7\"", output, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Error) Run(string verb, string jobspec, params string[] vars)
    {
        var path = Path.Combine(_directory, "job.nomad.hcl");
        File.WriteAllText(path, jobspec);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = JobCommand.Run(path, vars, [], inspect: verb == "inspect", output, error);
        return (code, output.ToString(), error.ToString().Replace(path, "job.nomad.hcl", StringComparison.Ordinal));
    }
}
