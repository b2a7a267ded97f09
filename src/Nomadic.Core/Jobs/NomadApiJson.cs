using System.Text.Encodings.Web;
using System.Text.Json;
using Nomadic.Core.Jobs.Json;

namespace Nomadic.Core.Jobs;

/// <summary>
/// Nomad API JSON for jobs: writes <c>{"Job": {...}}</c> with the field names, nulls and nanosecond durations that
/// <c>nomad job run -output</c> prints, and reads both that envelope and the bare job that <c>GET /v1/job/:id</c> returns.
/// </summary>
/// <remarks>
/// Output differs from Go's in two cosmetic ways: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are not escaped as
/// <c>\u003c</c>..., and non-integral numbers in schemaless maps use .NET's shortest round-trip form (<c>1E+21</c>).
/// Both read back identically in Go and .NET.
/// </remarks>
public static class NomadApiJson
{
    private static readonly NomadJsonContext Indented = Create(indented: true);
    private static readonly NomadJsonContext Compact = Create(indented: false);

    /// <summary>Writes <paramref name="job"/> as <c>{"Job": {...}}</c>.</summary>
    /// <param name="job">The job.</param>
    /// <param name="indented">Indent with four spaces like <c>nomad job run -output</c>; otherwise one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NomadJsonException">The job holds a value JSON cannot carry, such as a duration beyond Go's range or a schemaless map nested too deep.</exception>
    public static string Serialize(Job job, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Serialize(new JobDocument { Job = job }, indented);
    }

    /// <summary>Writes a <see cref="JobDocument"/>.</summary>
    /// <param name="document">The envelope.</param>
    /// <param name="indented">Indent with four spaces; otherwise one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NomadJsonException">The job holds a value JSON cannot carry.</exception>
    public static string Serialize(JobDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = indented ? Indented : Compact;
        try
        {
            return JsonSerializer.Serialize(document, context.JobDocument);
        }
        catch (JsonException ex)
        {
            throw Wrap("Cannot write the job as Nomad API JSON", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new NomadJsonException($"Cannot write the job as Nomad API JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a job from <c>{"Job": {...}}</c> or from a bare job object.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The job.</returns>
    /// <exception cref="NomadJsonException">The text is not JSON, not a job, or a value has the wrong type; the message and <see cref="NomadJsonException.Path"/> say where.</exception>
    public static Job Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            if (HasJobEnvelope(json))
            {
                var document = JsonSerializer.Deserialize(json, Compact.JobDocument);
                return document?.Job ?? throw new NomadJsonException("The document's \"Job\" is null; expected a job object.", "$.Job", null, null, null);
            }

            return JsonSerializer.Deserialize(json, Compact.Job)
                ?? throw new NomadJsonException("The document is null; expected {\"Job\": {...}} or a job object.", "$", null, null, null);
        }
        catch (JsonException ex)
        {
            throw Wrap("Invalid Nomad job JSON", ex);
        }
    }

    /// <summary>Reads the <c>{"Job": {...}}</c> envelope, or a bare job, as a <see cref="JobDocument"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The envelope, its job never <see langword="null"/>.</returns>
    /// <exception cref="NomadJsonException">The text is not a job document; the message says where.</exception>
    public static JobDocument DeserializeDocument(string json) => new() { Job = Deserialize(json) };

    private static NomadJsonContext Create(bool indented) =>
        new(new JsonSerializerOptions(NomadJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    private static bool HasJobEnvelope(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = NomadJsonLimits.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Job") || string.Equals(reader.GetString(), "Job", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    private static NomadJsonException Wrap(string prefix, JsonException ex)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        var path = ex.Path ?? "$";
        var where = ex.LineNumber is { } line
            ? $"{path} (line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})"
            : path;
        return new NomadJsonException($"{prefix} at {where}: {reason}", path, ex.LineNumber, ex.BytePositionInLine, ex);
    }
}
