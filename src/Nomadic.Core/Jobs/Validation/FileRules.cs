using System.Globalization;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Template, artifact and dispatch payload rules (<c>Template.Validate</c>, <c>TaskArtifact.Validate</c>, <c>DispatchPayloadConfig.Validate</c>).</summary>
internal static class FileRules
{
    public static void Validate(JobTask task, string path, ValidationSink sink)
    {
        ValidateTemplates(task.Templates, path, sink);
        ValidateArtifacts(task.Artifacts, path, sink);
        if (task.DispatchPayload is { } payload && AllocPath.Escapes(2, payload.File ?? ""))
        {
            sink.Add(ValidationSink.Join(path, "DispatchPayload.File"), "Dispatch Payload validation failed: destination escapes allocation directory; use a path inside local/.");
        }
    }

    private static void ValidateTemplates(IList<Template>? templates, string path, ValidationSink sink)
    {
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (templates?.Count ?? 0); i++)
        {
            var templatePath = ValidationSink.Index(path, "Templates", i);
            if (templates![i] is not { } template)
            {
                sink.Add(templatePath, "Template is null: remove it.");
                continue;
            }

            ValidateTemplate(template, i, templatePath, sink);
            var destination = template.DestPath ?? "";
            if (!destinations.TryAdd(destination, i + 1))
            {
                sink.Add(ValidationSink.Join(templatePath, "DestPath"), $"Template {i + 1} has same destination as {destinations[destination]}: give each template its own destination.");
            }
        }
    }

    private static void ValidateTemplate(Template template, int index, string path, ValidationSink sink)
    {
        var prefix = $"Template {index + 1} validation failed: ";
        if (string.IsNullOrEmpty(template.SourcePath) && string.IsNullOrEmpty(template.EmbeddedTmpl))
        {
            sink.Add(ValidationSink.Join(path, "SourcePath"), prefix + "Must specify a source path or have an embedded template (set source or data).");
        }

        var destination = template.DestPath ?? "";
        if (destination.Length == 0)
        {
            sink.Add(ValidationSink.Join(path, "DestPath"), prefix + "Must specify a destination for the template.");
        }
        else if (AllocPath.Escapes(1, destination))
        {
            sink.Add(ValidationSink.Join(path, "DestPath"), prefix + "destination escapes allocation directory.");
        }

        switch (template.ChangeMode ?? "")
        {
            case "noop" or "restart":
                break;
            case "signal":
                if (string.IsNullOrEmpty(template.ChangeSignal))
                {
                    sink.Add(ValidationSink.Join(path, "ChangeSignal"), prefix + "Must specify signal value when change mode is signal.");
                }

                if (template.Envvars == true)
                {
                    sink.Add(ValidationSink.Join(path, "ChangeMode"), prefix + "cannot use signals with env var templates.");
                }

                break;
            case "script":
                if (template.ChangeScript is not { } script)
                {
                    sink.Add(ValidationSink.Join(path, "ChangeScript"), prefix + "must specify change script configuration value when change mode is script.");
                }
                else if (string.IsNullOrEmpty(script.Command))
                {
                    sink.Add(ValidationSink.Join(path, "ChangeScript.Command"), prefix + "must specify script path value when change mode is script.");
                }

                break;
            default:
                sink.Add(ValidationSink.Join(path, "ChangeMode"), prefix + "change_mode must be one of the following: noop, restart, signal, script.");
                break;
        }

        if (template.Splay is { } splay && splay < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "Splay"), prefix + "Must specify positive splay value.");
        }

        if (!string.IsNullOrEmpty(template.Perms)
            && (!ulong.TryParse(template.Perms, NumberStyles.None, CultureInfo.InvariantCulture, out _) || !IsOctal12Bit(template.Perms)))
        {
            sink.Add(ValidationSink.Join(path, "Perms"), prefix + $"Failed to parse \"{template.Perms}\" as octal: give permissions such as \"0644\".");
        }

        if (template.Wait is { Min: { } min, Max: { } max } && min > max)
        {
            sink.Add(ValidationSink.Join(path, "Wait"), prefix + "wait min greater than max: make min no larger than max.");
        }
    }

    private static bool IsOctal12Bit(string text)
    {
        ulong value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '7')
            {
                return false;
            }

            value = (value * 8) + (ulong)(c - '0');
            if (value > 0xFFF)
            {
                return false;
            }
        }

        return true;
    }

    private static void ValidateArtifacts(IList<TaskArtifact>? artifacts, string path, ValidationSink sink)
    {
        for (var i = 0; i < (artifacts?.Count ?? 0); i++)
        {
            var artifactPath = ValidationSink.Index(path, "Artifacts", i);
            if (artifacts![i] is not { } artifact)
            {
                sink.Add(artifactPath, "Artifact is null: remove it.");
                continue;
            }

            var prefix = $"Artifact {i + 1} validation failed: ";
            if (string.IsNullOrEmpty(artifact.GetterSource))
            {
                sink.Add(ValidationSink.Join(artifactPath, "GetterSource"), prefix + "source must be specified.");
            }

            if (artifact.GetterMode is not (null or "" or "any" or "file" or "dir"))
            {
                sink.Add(ValidationSink.Join(artifactPath, "GetterMode"), prefix + $"invalid artifact mode \"{artifact.GetterMode}\"; must be one of: any, file, dir.");
            }

            if (AllocPath.Escapes(1, artifact.RelativeDest ?? ""))
            {
                sink.Add(ValidationSink.Join(artifactPath, "RelativeDest"), prefix + "destination escapes allocation directory.");
            }

            if (artifact.GetterOptions is { } options && options.TryGetValue("checksum", out var checksum) && !ChecksumValid(checksum))
            {
                sink.Add(ValidationSink.Key(artifactPath, "GetterOptions", "checksum"), prefix + $"checksum \"{checksum}\" must be type:value with type md5, sha1, sha256 or sha512 and a hex value of that length.");
            }
        }
    }

    private static bool ChecksumValid(string? checksum)
    {
        if (string.IsNullOrEmpty(checksum) || checksum.Contains("${", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = checksum.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var expected = checksum[..colon] switch
        {
            "md5" => 32,
            "sha1" => 40,
            "sha256" => 64,
            "sha512" => 128,
            _ => -1,
        };
        var value = checksum[(colon + 1)..];
        return value.Length == expected && value.All(Uri.IsHexDigit);
    }
}
