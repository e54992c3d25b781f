using Microsoft.ML;

namespace ClaimDiff.Internal;

/// <summary>Reads ML.NET model zips, turning any failure into a <see cref="ModelLoadException"/> that names the model.</summary>
internal static class ModelStreams
{
    /// <param name="ml">The context to load into.</param>
    /// <param name="stream">The model zip.</param>
    /// <param name="what">The model's name in the error ("The relation model").</param>
    /// <param name="hint">Appended to the error message, e.g. how such a model is made; may be empty.</param>
    public static (ITransformer Model, DataViewSchema Input) Load(MLContext ml, Stream stream, string what, string hint = "")
    {
        try
        {
            var model = ml.Model.Load(stream, out var input);
            return (model, input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelLoadException($"{what} could not be read{hint}: {e.Message}", e);
        }
    }
}
