using System.Globalization;
using System.Text;

namespace Nomadic.Benchmarks.Jobspec;

/// <summary>The jobspecs the jobspec benchmarks read: the repository's sample job, and a generated job of 200 tasks.</summary>
public static class JobspecInputs
{
    /// <summary>The path of <c>samples/hcl/example.nomad.hcl</c>, found by walking up from the benchmark assembly.</summary>
    /// <returns>The full path.</returns>
    /// <exception cref="FileNotFoundException">The repository's samples folder is not above the assembly.</exception>
    public static string ExamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "hcl", "example.nomad.hcl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/hcl/example.nomad.hcl was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The path of Nomad's own <c>example.nomad.hcl</c> (what <c>nomad job init</c> writes, 16 KB, mostly comments), read
    /// from the shared corpus beside the repository (<c>../shared/corpus/jobspecs/nomad-examples</c>).
    /// </summary>
    /// <returns>The full path.</returns>
    /// <exception cref="FileNotFoundException">The shared corpus is not beside any folder above the assembly.</exception>
    public static string NomadExamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "jobspecs", "nomad-examples", "command_asset_example.nomad.hcl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/corpus/jobspecs/nomad-examples/command_asset_example.nomad.hcl was not found beside any folder above " + AppContext.BaseDirectory);
    }

    /// <summary>A service job of <paramref name="groups"/> groups with <paramref name="tasksPerGroup"/> tasks each, every task with a service, check, template, env and resources.</summary>
    /// <param name="groups">How many groups.</param>
    /// <param name="tasksPerGroup">How many tasks in each group.</param>
    /// <returns>The jobspec text.</returns>
    public static string Generated(int groups, int tasksPerGroup)
    {
        var text = new StringBuilder();
        text.AppendLine("variable \"image\" {\n  type    = string\n  default = \"nginx:1.27\"\n}\n");
        text.AppendLine("job \"generated\" {\n  datacenters = [\"dc1\", \"dc2\"]\n  type = \"service\"\n");
        text.AppendLine("  update {\n    max_parallel = 2\n    min_healthy_time = \"15s\"\n  }\n");
        for (var g = 0; g < groups; g++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  group \"g{g}\" {{\n    count = 2\n");
            text.AppendLine("    network {\n      mode = \"bridge\"");
            for (var t = 0; t < tasksPerGroup; t++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      port \"p{t}\" {{ to = {8000 + t} }}");
            }

            text.AppendLine("    }\n\n    restart {\n      attempts = 3\n      delay = \"20s\"\n    }\n");
            for (var t = 0; t < tasksPerGroup; t++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $$"""
                        task "t{{t}}" {
                          driver = "docker"
                          config {
                            image = var.image
                            ports = ["p{{t}}"]
                            args  = ["--listen", "${NOMAD_PORT_p{{t}}}"]
                          }
                          env {
                            TASK  = "t{{t}}"
                            GROUP = "g{{g}}"
                          }
                          service {
                            name = "svc-g{{g}}-t{{t}}"
                            port = "p{{t}}"
                            tags = ["web", "g{{g}}"]
                            check {
                              type     = "http"
                              path     = "/health"
                              interval = "10s"
                              timeout  = "2s"
                            }
                          }
                          template {
                            data        = "name=t{{t}} port=${NOMAD_PORT_p{{t}}}"
                            destination = "local/t{{t}}.conf"
                          }
                          resources {
                            cpu    = 100
                            memory = 64
                          }
                        }

                    """);
            }

            text.AppendLine("  }");
        }

        text.AppendLine("}");
        return text.ToString();
    }
}
