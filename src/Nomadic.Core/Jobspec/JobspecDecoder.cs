using Nomadic.Core.Jobspec.Decoding;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec;

/// <summary>Decodes a parsed jobspec's <c>job</c> block into the <see cref="Jobs.Job"/> model, as Nomad's jobspec2 package does.</summary>
public static class JobspecDecoder
{
    /// <summary>
    /// Decodes <paramref name="body"/>. Every problem in the file is reported (decoding continues after an error) with the
    /// range of the offending attribute or block; the parse diagnostics come first.
    /// </summary>
    /// <param name="body">The result of <see cref="JobspecParser.Parse"/>.</param>
    /// <returns>The job (when there is a job block), all diagnostics, and the source map.</returns>
    public static JobDecodeResult Decode(JobspecBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(body.Diagnostics);
        var sourceMap = new SourceMap();
        if (body.Job is null || body.JobBlock is null || body.JobName is null)
        {
            return new JobDecodeResult(null, diagnostics, sourceMap);
        }

        var decoder = new JobDecoder(new DecodeContext(body.Context, diagnostics, sourceMap));
        var job = decoder.Decode(body.JobName, body.Job, body.JobBlock);
        return new JobDecodeResult(job, diagnostics, sourceMap);
    }
}
