namespace Nomadic.Core.Jobs.Validation;

/// <summary>Template defaults from Nomad's <c>api.Template.Canonicalize</c>.</summary>
internal static class TemplateCanonicalizer
{
    public static void Canonicalize(Template template)
    {
        template.SourcePath ??= "";
        template.DestPath ??= "";
        template.EmbeddedTmpl ??= "";
        template.ChangeMode ??= "restart";
        template.ChangeSignal = template.ChangeSignal is null
            ? (template.ChangeMode == "signal" ? "SIGHUP" : "")
            : template.ChangeSignal.ToUpperInvariant();
        if (template.ChangeScript is { } script)
        {
            script.Command ??= "";
            script.Args ??= [];
            script.Timeout ??= TimeSpan.FromSeconds(5);
            script.FailOnError ??= false;
        }

        template.Splay ??= TimeSpan.FromSeconds(5);
        template.Perms ??= "0644";
        template.LeftDelim ??= "{{";
        template.RightDelim ??= "}}";
        template.Envvars ??= false;
        template.ErrMissingKey ??= false;
        template.VaultGrace ??= TimeSpan.Zero;
    }
}
